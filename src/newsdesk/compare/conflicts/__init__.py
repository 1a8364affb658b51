"""Contradictions between articles: the same slot with different values, and a claim set against its denial.

Pairs: each sentence with its single best match in each other article, when that match is also among its TOP
best overall and the TF-IDF cosine reaches PAIR; slot conflicts need aligned_threshold() (0.3 for a story of a
few articles, rising to 0.4 for ten or more, where topic words make chance matches close). In a crowded story
(MUTUAL_FROM articles), pairs must be mutual; a one-sided pair at ALIGNED or more is still compared for numbers
(not shares) and dates.
1. Same wording (token-diff ratio >= CLOSE): a replaced span that is a number on both sides, a date of the same
   type (a weekday range by its ends), or a name (place after "in/near/at", else actor; when the replaced words
   are one part of a longer name, that part), or a negation present on one side only. A name the other sentence
   also gives is no replacement, unless it gives it more often ("Republicans in [Congress] ... Congress said zero"
   / "Republicans in [Reno] ... Congress said zero").
2. Paraphrases: a slot of a (number, date by type, name) whose value b lacks, paired with a slot of the same
   type that a lacks, in the same context: shared content words within three tokens or the same word right
   before / after (for numbers: the same unit noun or the same head word; ranges, approximations, updates and
   different units are not conflicts, nor a different first noun after the number). A number needs more context
   when a name differs too, but only a non-speaker name of the same sort (place, person, organization) on both
   sides counts. A negation: the first content word after "not" is in b and b negates nothing; below PARA_NEG (or in
   a crowded story) a second word must stand in place in b too (the next content word after the negated one, or the
   last one before the negation); not in a quote, a condition ("if ... not"), a contrast inside one sentence ("X had
   been modified, while Y had not"), a first-person remark, nor against a negative verb in b ("refrained from").
   A lone differing date in a crowded story needs a content word shared within six words of both dates ("her husband
   did in the [1993] campaign" / "her husband spurned in [1996]"). A number joined to its unit ("two-year") measures
   the noun after it: two content words shared around it will do, whatever the verbs before ("serving ... [seven-year]
   compulsory military service" / "undergoing ... [two-year] military service"). Two bounds or rates in the same words
   ("younger than [10,000] years" / "younger than [30,000] years", "[14] out of every 100" / "[33] out of 100") differ
   as two counts do, and so do two old values of one change to the same new value ("reduced her sentence from [eight]
   years to one" / "reducing her [three-year] sentence to one year"). A number a sentence repeats is paired with the
   other's occurrence that counts the same thing, closest first ("two counts of obstruction" with "two obstruction
   charges"), so that the one left over is compared ("[two] counts of cyberstalking" / "[seven] counts of ...").
   Below the aligned threshold (cosine >= PAIR), a slot that is the only differing one of its type on each side,
   with ANCHOR_WORDS content words of context shared ("school board in [X] voted"), is compared too. A day of one
   month against another month ("on 1 August" / "in May") counts as a date conflict.
3. A sentence that denies or dismisses ("denied claims that...") is set against the affirmative claim of
   another speaker that best covers the object of the denial (a closer match is needed when the two share no
   name or number), or against the same speaker's own claim in another article when that claim asserts (before any
   negation of its own) what the denial denies, nearly all of it ("X said the brakes had been serviced" / "X denied
   that the brakes had been serviced").
Plus, across independent reports (articles crediting different outlets), the places and targets each report
attaches to the same operation ("offensive near Aleppo" vs "operations in the Idlib and Hama countryside").
4. Posts: two people named in two articles as holder of one post that has one holder at a time ("X, the chairman
   of the Society of Black Lawyers" / "Y, chairman of the Society of Black Lawyers"), when the story names only those
   two (a former holder holds no post).
4a. Roles: two people given the same post in two articles, by a title before the name or an apposition after it
   ("London Mayor X" / "Mayor of London Y", "Rep. X, R-Ariz., the only openly gay House Republican"): the same role
   noun, the same words right before it ("executive director" is not "deputy director") and the same capitalised
   words; only when the story gives that post to those two alone, no article to both, a former holder to neither; a
   post several may hold ("Microsoft co-founder"), or any post in a crowded story, needs the sentences aligned too.
4b. Frames: a time of day or a day of the month after the same two content words in two articles ("the collapse
   happened at about 5:40 a.m." / "... 6:15 a.m."), or a year after the same five words ("commissioned for the
   Russian Navy in 1995"), however different the rest of the sentences.
4c. Modifiers: a place against a name used as a modifier of the same noun ("pupils in [X] middle schools" / "four
   [Y] middle schools", "in the [X] investigation" / "the [Y] investigation").
4d. Seats: one named body placed in two places ("owner of Square Books in [X]" / "owner of Square Books in [Y]"), in
   any pair at PAIR or more; bodies with many seats (embassies, courts, police departments) are left out; a named
   structure placed twice ("the Har Homa settlement in [X]" / "in [Y]").
4e. Places of one event, description or phrase: the same figure or day near one place each ("crashed outside [X]
   ... killing 113" / "the crash near [Y] that killed 113"), one description with a figure given to two names ("[X],
   a town of about 7,000"), one phrase completed by two places ("all unsolved murder cases in [X]" / "... in [Y]");
   never a town against a state or country it may lie in, a country against its continent, a site against a town.
4f. Parents: one named unit (three capitalised words or more, two of them its own) placed "at" one body by two articles
   or more and "at" another by one article ("the Computer Emergency Response Team at [Carnegie Mellon University]" /
   "... at [Trend Micro Inc]"), no article placing it in both.
4g. One fact, two figures: two sentences the fact grouping would take as one fact (the shorter's words, figures
   aside, stated by the other) that give two figures of one thing ("the surplus would total $1.9 trillion over the
   next 10 years" / "the surplus over the next 10 years will be $2.9 trillion"), unless rounded, a bound holding the
   other, part of a count, an end of a span or change, a rate, another first noun, other places, other years, or
   another person (a "he" read as the person named the sentence before).
5. A figure corrected against other reports in one sentence ("in the hundreds, rather than thousands, as some
   reports have indicated").
Slots are read after a wire dateline ("MOSCOW, October 15 (Xinhua) --"); a name cut at a middle initial is joined
again ("James E. Hall"), the end of an organization's name after "and" is no name of its own ("Board of Pardons and
Paroles"), nor a demonym after a copula ("the crew were French"); an age after a name ("X, 41,") counts years of age
as "41-year-old X" does, and a number after "from" is an old value only in a change ("from 10 to 3", "reduced from
10"), not a source ("passports from 10 countries"). A number is stated by the other sentence
only as often as it is there ("two counts ... two counts" against one "two"); a number word joined to its unit
("seven-story") is a number; a person after a title inside a longer capitalised run ("Senate Majority Leader [Bob
Dole]") and a place before a possessive ("[Kelso's] Mount Alder Hospital") are slots of their own. Not conflicts: a number next to a
different place or year (another figure), a bound and a figure inside it ("more than $1 billion" / "$10 billion"),
a count that is higher in a later article (an update), weekdays of articles published on different days,
questions, an amount of money against a count, two speakers with different roles saying different things, a
negation whose next content words the other sentence lacks ("not going to cheat" / "going to give") or set against
a reported denial, "whether or not", a change from one value to another ("lower the 28 percent bracket to 25.2
percent"), a rate ("15 cents of every dollar"), a pair in which who (or where) and when both differ (two events, also in the same wording: "passed the House on
Tuesday" / "passed the Senate on Thursday"),
and, in a crowded story, numbers beside a different subject name on each side. In a story of MUTUAL_FROM articles or more (weeks of coverage), sentences are paired only when each is
the other's best match, and a lone differing name needs shared context.

Also not conflicts: a party and state label ("Sen. X (R-S.C.)" / "Sen. X, R-South Carolina"), a birth or stage
name against another name ("the rapper, born [Albert Johnson]" / "the prolific [MC]"; a birth name still meets a birth
name), a decade against a year ("the [1960s] girl-group" / "born in [1974]"), a place against a person's name outside
any place context or a possessive of a common noun ("[Smith's] car"). A number at one end of a range is compared with
the same end of a range whose other end is the same ("ages [18]-34" / "ages [25] to 34"). A denial's object ends where
"and" opens a clause of its own ("denied the report, and X has defended ..."). A year after the same five words (4b)
counts even for a pair compared without a conflict found.

Precision guards: "Aug. 7" is a day, as "August 7" is (not the number 7); a frame value the other sentence also gives,
or a frame holding a name without a third shared word ("in the Jones case on [date]"), is no conflict; a place after
"from" is not set against a place of another role; two places each with a different count of one unit ("in Tanzania
killed 11" / "in Kenya killed 248") are neither a place nor a number conflict; a rounded figure ("2 percent" / "2.3
percent") and a figure given approximately elsewhere in the sentence are compatible; a unit ends at "and" or before a
place ("965 pupils in Massachusetts"); in a crowded story a name describing a shared noun ("the average [GM] worker")
is another subject; a start against an end ("starts [Friday]" / "ended [Sunday]"); weekdays of copies whose datelines
are a week or more apart, and "today" in copies of different days, are different days; "head of [criminal
investigations] for X" is another post than "head of X"; an accusation of another person is not what a denial denies;
a letters+digits code ("MH370") is no number, "150, 000" is one number, and an editor's "ETA:" line is no claim.

Topic-level guards (stories of weeks of coverage): a date of what is still to happen ("tugs will try to pull the ferry
off on [Monday]") is not set against a date of what happened ("ran aground on [Sunday]"); a country is stated by its
demonym ("notified their French counterparts" / "notified [France]") and a name by its words written as one ("[Best
Dressed] list" / "best-dressed list"); the land around a place ("in a [Paris] suburb", "off the coast of [Florida]") is
not set against another place or name, unless the other is the same kind of land; "reported" / "reportedly" is no
context shared by two names; a name after "behind" or "than" is a rival, not where; two reporters of an outlet
("reporting from Athens") hold no one post; a year frame needs two content words ("at the start of the [1989]-90
season" is no frame); counts since two different starts ("since May" / "since Sunday") count two periods; "the latter
[two]" counts some of those named before; two enumerations of names that share two or more and each have two or more of
their own are two lists; in a crowded story, two holders of one post need two aligned sentences (a post changes hands
over months).

Modules, each with one job (lower ones import nothing above them):
    params      thresholds (PAIR, ALIGNED, MUTUAL_FROM, ...)
    lexicon     shared word lists and token helpers
    numbers     values, units, bounds, ranges, rates, money, updates, corrected figures
    dates       years, days, clock times, months, weekdays of different days
    names       what sort a name is (place, person, organisation)
    negation    a claim negated in one article and stated in another
    slots       the typed slots of a sentence and its slot signature
    actors      one entity under two names, speakers and their statements
    geography   which places may lie in others (a town in its state, a country in its continent)
    places      place lists, places used as modifiers, the seat of a named body
    place_events one event, description or phrase given two places (4e)
    wording     conflicts between sentences worded alike (1)
    paraphrase  conflicts between paraphrases (2)
    pairing     which sentences are compared; all conflicts of one pair
    denials     a denial against the claim it denies (3)
    reports     places and targets of one operation across independent reports
    roles       one post, two holders (4, 4a)
    parents     one named unit placed in two bodies (4f)
    frames      a time, day or year after the same words (4b)
    fact_figures one fact told with two figures of one thing (4g)
    find        every rule over a story, merged (find_conflicts)
"""

from __future__ import annotations

from newsdesk.compare.conflicts.find import find_conflicts
from newsdesk.compare.conflicts.frames import frame_conflicts
from newsdesk.compare.conflicts.numbers import corrected_reports
from newsdesk.compare.conflicts.pairing import aligned_threshold, candidate_pairs, pair_conflicts
from newsdesk.compare.conflicts.params import (
    ALIGNED,
    ALIGNED_FEW,
    ANCHOR_WORDS,
    CLOSE,
    CROWD,
    DENIAL,
    DENIAL_UNANCHORED,
    FEW,
    MAX_SPAN,
    MUTUAL_FROM,
    NAME_COS,
    PAIR,
    PARA_NEG,
    SPEAKER_OVERLAP,
    TOP,
    YEAR_FRAME,
)
from newsdesk.compare.conflicts.reports import report_conflicts
from newsdesk.compare.conflicts.roles import post_conflicts, role_conflicts
from newsdesk.compare.conflicts.slots import signature

# Each rule's helpers are imported from its own module (newsdesk.compare.conflicts.slots, ...), not from here.
__all__ = [
    "ALIGNED", "ALIGNED_FEW", "ANCHOR_WORDS", "CLOSE", "CROWD", "DENIAL", "DENIAL_UNANCHORED", "FEW", "MAX_SPAN",
    "MUTUAL_FROM", "NAME_COS", "PAIR", "PARA_NEG", "SPEAKER_OVERLAP", "TOP", "YEAR_FRAME", "aligned_threshold",
    "candidate_pairs", "corrected_reports", "find_conflicts", "frame_conflicts", "pair_conflicts", "post_conflicts",
    "report_conflicts", "role_conflicts", "signature",
]
