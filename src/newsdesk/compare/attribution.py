"""Who says it: speakers and relayed outlets found in a sentence, by "said / told / according to" patterns.

No NER model: a speaker is the noun phrase next to a speech verb, classified by its shape. Capitalised
tokens after a title ("Minister", "Senator") or two capitalised tokens make a named person; a lower-case
head noun such as "official", "sources", "activists" with no name makes an anonymous source; agency and
newspaper names make an outlet; other capitalised phrases (and metonyms like "Moscow") an organization.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.model import AttributionKind
from newsdesk.outlet_names import KNOWN_OUTLETS, NEWS_AGENCIES, canonical_outlet
from newsdesk.sentences import dateline_end
from newsdesk.text import OUTLET_WORDS

SPEECH = (
    r"said|says|say|told|tells|added|adds|stated|states|claimed|claims|insisted|insists|warned|warns|noted|"
    r"notes|reported|reports|announced|announces|denied|denies|confirmed|confirms|explained|explains|argued|"
    r"argues|acknowledged|acknowledges|admitted|admits|wrote|writes|testified|estimated|predicted|alleged|"
    r"alleges|asserted|asserts|declared|disclosed|revealed|conceded|dismissed|cautioned|agreed|concluded|maintained|recalled|"
    r"suggested|believes|believed|contended|charged|complained|countered|replied|responded|tweeted|posted"
)
SPEECH_WORD = re.compile(rf"\b(?:{SPEECH})\b", re.IGNORECASE)  # a verb of speech anywhere in a text, any case
_AUX = r"(?:(?:has|have|had|will|would|also|later|then|previously|earlier|publicly)\s+)*"
# "reports of", "claims of" are nouns; "said of", "wrote of" are verbs, whose subject speaks ("..., Chief Ann Cole said
# of the victims": Cole, not the victims).
_PREPOSED = re.compile(rf"\b{_AUX}(?:{SPEECH})(?![\w-])(?!\s+(?:are|were|is|was|from|have|had|about|by|and|come|came)\b)"
                       r"(?!(?<!\bsaid)(?<!\bsays)(?<!\bsay)(?<!\bwrote)(?<!\bwrites)(?<!\badded)\s+of\b)")
# ", claimed by the group", ", reported in May", ", claimed responsibility for": a participle or a verb with
# its object, not a verb with its inverted subject (", said the minister").
# The dot of an abbreviation before a name, which ends no phrase: "said Dr. Alan Fischman", "said Sgt. Scott Bright".
_NAME_ABBREVIATION_DOT = (r"(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr|St|Lt|Mt|Ft|Jr|Sr))\.|(?<=\b(?:Mrs|Sen|Rep|Gov|Sgt|Gen|Col|Maj|Adm))\."
                          r"|(?<=\b(?:Capt|Prof))\.")
_INVERTED = re.compile(
    rf"""(?:[,"”’]|''|\bthat)\s+(?:{SPEECH})\s+(?!(?:by|in|on|at|for|to|as|from|with|responsibility|credit)\b)"""
    rf"""(?P<who>(?:[^,;:.!?"”“]|{_NAME_ABBREVIATION_DOT}){{2,120}})"""
)
_AUXILIARY = re.compile(r"(?<![\w-])(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|"
                        r"does|do|\w+n['’]t)(?![\w-])")
# What follows a verb as its object clause, not as its inverted subject: "said that bin Laden ...", "said GM would ..."
_OBJECT_CLAUSE = re.compile(rf"^(?:that|if|whether|how|why|what|when)\b|{_AUXILIARY.pattern}")
# A verb that makes a clause of the words before a ", said": "..., Ella Marsh, was charged, (said X)".
_CLAUSE_VERB = re.compile(rf"{_AUXILIARY.pattern}|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?![a-z]*based\b)[a-z]{{3,}}ed\b")
_HONORIFIC_DOT = r"(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bSt)\.|(?<=\bSen)\.|(?<=\bRep)\.|(?<=\bGov)\."
_ACCORDING = re.compile(
    r"\b(?:according to|quoting|citing|reported by)\s+"
    r"(?:(?:comments|remarks|a statement|statements|a report|reports|an interview|data|figures)\s+"
    r"(?:carried by|published by|released by|by|from|in|with|on)\s+)?"
    rf"(?P<who>(?:[^,;:.!?\"”“]|(?<=\b[A-Z])\.(?=[A-Z]\.))(?:[^,;:.!?\"”“]|(?<=\b[A-Z])\.|{_HONORIFIC_DOT}){{1,119}})", re.IGNORECASE)
_TOLD = re.compile(r"\btold\s+(?P<who>(?:the\s+)?[A-Z][^,;:.!?\"”“]{1,60}?)(?=\s+(?:that|on|in|the|he|she|they|it|a|an|this|last)\b|[,;:.!?\"”“]|$)")
# "said in an interview with the Gazette", "in a phone interview with CNN on Monday": the outlet that heard the words.
_INTERVIEW_WITH = re.compile(r"\b[Ii]n an?\s+(?:[a-z-]+\s+){0,2}interview\s+with\s+(?P<who>(?:the\s+)?[A-Z][^,;:.!?\"”“]{1,60}?)"
                             r"(?=\s+(?:that|on|in|last|this|earlier|about)\b|[,;:.!?\"”“]|$)")
_CUT = re.compile(
    r"\s+(?:who|which|that|on|in an|in a|in the|at a|at the|during|after|before|because|when|while|as|"
    r"today|yesterday|tonight|last|this|on condition|speaking|to reporters|to the|to a|by phone|by telephone|"
    r"in|at|with|about|under|familiar|close|[a-z]+ing|(?:of|for|from)(?!\s+(?:the\s+)?[A-Z]))\b.*$"
)
# What an unnamed group speaks for, after the words the cut keeps: "(officials) at the Pentagon", "(investigators)
# from the marine accident board", "(police) in Lagos". A capitalised name, or a few words ending in a body.
_BODY = re.compile(
    r"\s+(?:at|from|with|in)\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*)(?:\s+(?:of|for|and|on|[A-Z][\w'’.-]*))*(?<![\s.])"
    r"(?:\s+(?:administration|campaign|government|office|team|department|ministry|embassy))?"
    r"|(?:[a-z][\w-]*\s+){0,3}(?:board|ministry|department|agency|commission|committee|council|court|office|"
    r"bureau|authority|hospital|university|embassy)\b)")


def _with_body(head_np: str, first: str) -> str:
    """The group with the body or place it speaks for, when the phrase gives one right after it."""
    at = first.find(head_np)
    m = _BODY.match(first, at + len(head_np)) if at >= 0 else None
    if m is None:
        return head_np
    tail = re.sub(r"\s+(?:of|for|and|on)$", "", m.group(0))
    if re.search(r"['’]s?$", tail):
        return head_np  # "a spokesman at Kerry's (office)": the phrase goes on past what the pattern reads
    rest = first[m.end():].strip()
    if re.fullmatch(r"[a-z][\w-]*", rest) and not rest.endswith("ly") \
            and rest not in _SENTENCE_ADVERBS and not _TIME_PART.match(rest) and rest not in ("too", "alone"):
        tail += " " + rest  # "people in the Japanese capital": the place's own noun, not "the Japanese"
    return head_np + tail


_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you|one|both|each|some|others|many|most|these|those|this|that|there|which|who|what)"
                      r"(?:['’](?:s|re|ve|d|ll))?$", re.IGNORECASE)  # "It's (claimed that)"
# A time before the speaker: "Early Monday, (the prosecutor's office said)", "Late on Friday, ...".
_TIME_LEAD = re.compile(
    r"^(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?:(?:this|last|on)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*", re.IGNORECASE)
_LEAD = re.compile(r"^(?:and|or|nor|but|while|whereas|however|meanwhile|also|still|yet|so|though|although|unlike|as|"
                   r"when|once|if|unless|because|then|now|even|later|earlier|instead|furthermore|moreover|indeed|"
                   r"additionally|finally|similarly|likewise|separately|again|simply|did|does|do)\s*,?\s+",
                   re.IGNORECASE)
_DET = re.compile(r"^(?:the|a|an|this|that|these|those|another|some|several|other|one|two|three|four|five|\d+)\s+", re.IGNORECASE)


def without_lead(phrase: str) -> str:
    """A noun phrase without the conjunction or adverb a clause opened with ("Although Putin" -> "Putin")."""
    return _LEAD.sub("", phrase)


TITLES = frozenset(
    ["president", "minister", "senator", "sen", "sen.", "rep", "rep.", "representative", "governor", "gov", "gov.", "mayor", "secretary", "general", "gen", "gen.", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "commander", "judge", "prosecutor", "ambassador", "chairman", "chairwoman", "ceo", "chancellor", "king", "queen", "prince", "princess", "pope", "premier", "leader", "head", "dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lord", "lt", "col", "col.", "maj", "maj.", "capt", "capt.", "sgt", "adm", "adm.", "attorney", "sheriff", "officer", "coach", "manager", "professor", "analyst", "editor", "founder", "economist", "rev", "rev.", "bishop", "cardinal", "colonel", "major", "captain", "lieutenant", "admiral", "deputy", "vice", "justice", "councilman", "councilwoman", "inspector", "superintendent", "commissioner", "marshal", "airman", "corporal", "sergeant", "seaman"]
)
ANON_HEADS = frozenset(
    ["source", "sources", "official", "officials", "activist", "activists", "diplomat", "diplomats", "witness", "witnesses", "resident", "residents", "person", "people", "analyst", "analysts", "expert", "experts", "aide", "aides", "insider", "insiders", "observer", "observers", "spokesman", "spokeswoman", "spokesperson", "member", "members", "officer", "officers", "investigator", "investigators", "critic", "critics", "supporter", "supporters", "report", "reports", "rebel", "rebels", "lawmaker", "lawmakers", "worker", "workers", "employee", "employees", "doctor", "doctors", "medic", "medics", "someone", "scientist", "scientists", "researcher", "researchers", "engineer", "engineers"]
)
ORG_HEADS = frozenset(
    ["police", "government", "ministry", "army", "military", "company", "group", "agency", "department", "council", "committee", "commission", "court", "office", "authorities", "authority", "party", "campaign", "administration", "firm", "bank", "board", "union", "team", "network", "organization", "organisation", "coalition", "embassy", "kremlin", "pentagon", "navy", "regime", "tribe", "union", "lab", "university", "school", "hospital", "study", "survey", "statement", "indictment", "lawsuit", "complaint", "filing", "memo",
     "airline", "manufacturer", "carmaker", "automaker", "retailer", "insurer", "regulator", "utility",
     "broadcaster", "railway", "railroad", "museum", "zoo", "charity", "foundation", "institute", "association",
     "prosecutors", "attorneys", "lawyers", "club", "league", "college", "prison", "airport", "cabinet"]
)


def _is_country(name: str) -> bool:
    # The comparison's gazetteer; imported here, as the conflicts package imports this module.
    from newsdesk.compare.conflicts.pairing import is_country

    return is_country(name)


ORG_TOKENS = frozenset(
    ["council", "ministry", "party", "group", "army", "force", "forces", "agency", "department", "committee", "commission", "court", "office", "observatory", "association", "union", "company", "corp", "inc", "ltd", "university", "institute", "foundation", "network", "bank", "board", "front", "brigade", "corps", "guard", "police", "service", "services", "administration", "bureau", "center", "centre", "organization", "organisation", "federation", "league", "movement", "coalition", "alliance", "church", "club", "team", "fund", "house", "senate", "congress", "parliament", "assembly", "state", "hospital", "clinic", "school",
     "college", "academy", "museum", "airport", "airlines", "airline", "authority", "channel", "radio", "television",
     "prison", "laboratory", "laboratories", "society", "command", "navy"]
)
_DEMONYM = re.compile(
    r"^(?:[A-Z][a-z]{2,}(?:ian|ese|ish)|U\.S\.|U\.N\.|UN|US|UK|EU|British|French|Dutch|Swiss|Thai|Greek|American|"
    r"Mexican|Korean|African|European|Iraqi|Israeli|Saudi|Kuwaiti|Pakistani|Afghan|German|Cuban|Kenyan|Yemeni|Qatari|"
    r"Emirati|Somali|Bangladeshi|Nepali|Chilean|Puerto|Moroccan|Turkish|Arab|Western|Eastern|Northern|Southern|"
    r"Senior|Federal|State|Local|Military|Anonymous|Unnamed)$"
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*|(?:[A-Z]\.)+|de|la|del|van|von|bin|(?:di|de|da|le|la|du|van|von)[A-Z][\w'’-]+)$")


@dataclass(frozen=True, slots=True)
class Speaker:
    """One attribution found in a sentence (the article id is added later)."""

    who: str
    kind: AttributionKind
    role: str | None = None


_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"])


def outlet_name(phrase: str) -> str | None:
    """The canonical outlet name when ``phrase`` starts with a news outlet's name, else None.

    Example:
        >>> outlet_name("the Associated Press"), outlet_name("Reuters one of"), outlet_name("the army")
        ('AP', 'Reuters', None)
    """
    p = _DET.sub("", phrase.strip()).strip(" .,'\"“”’")
    p = re.sub(r"^[A-Z][\w-]*['’]s\s+", "", p)  # "Iran's Press TV"
    # "(Saturday's) issue of Newsday", "the Sunday edition of The Times": what an issue is of is a periodical
    p, issue = re.subn(r"^(?:(?:the|an?)\s+)?(?:\w+\s+)?(?:issue|edition)\s+of\s+(?:the\s+)?", "", p)
    toks = p.split()
    run: list[str] = []
    for t in toks:
        bare = t.strip(".,;:")
        if bare.lower() in _WEEKDAYS:
            break
        if bare[:1].isupper() or (run and (bare.lower() in ("news", "agency", "channel", "television", "newspaper")
                                           or bare.isdigit())):  # "Channel 11", "Fox 5"
            run.append(bare)
            if t != bare and not t.endswith("."):
                break
        else:
            break
    for n in range(len(run), 0, -1):
        low = " ".join(run[:n]).lower()
        if low in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[low]
    if not run or len(run) > 5:
        return None
    if issue:
        return " ".join(run)
    if any(t.lower() in OUTLET_WORDS or t.lower() in _MORE_OUTLET_WORDS for t in run):
        whole = " ".join(run)
        name = re.sub(r"\s+(?:news agency|newspaper|television channel|television|channel)$", "", whole, flags=re.IGNORECASE)
        generic = name.split()[0].lower() in ("news", "agency") or name.lower() in OUTLET_WORDS
        # "the Environmental Protection Agency", "the International Atomic Energy Agency": a government's agency,
        # not a news agency ("Xinhua News Agency", "the Press Agency", or one the outlet list knows)
        government = run[-1].lower() == "agency" and len(run) >= 3 and run[-2].lower() not in ("news", "press")
        if generic or government:
            return None
        # "Xinhua News Agency" is Xinhua; "Kenya News Agency" and "Middle East News Agency" are no Kenya or Middle East
        agency = re.search(r"\snews agency$", whole, re.IGNORECASE) is not None
        return whole if agency and (len(name.split()) > 1 or _is_country(name)) else name
    return None


# Words closing a periodical's name that only a speaker's credit reads as one ("told LA Weekly"); the cleaner's
# byline and outlet readers keep their own list.
_MORE_OUTLET_WORDS = frozenset(["weekly"])
_SPEECH_LEAD = re.compile(rf"^(?:{SPEECH})\s+(?=[a-zA-Z])")  # "said family members", "writes Adelman"


def _clean_np(np: str) -> str:
    np = re.sub(r"\s*\([A-Z][A-Za-z.&-]{1,10}\)\s*$", "", np.strip())  # "the European Central Bank (ECB)"
    np = re.sub(r"^\(?[^()]*\)\s*(?=\S)", "", np)  # "(enditalic) Darwin": the end of an aside or markup before the name
    np = re.sub(r"\s+", " ", np).strip(" \t'\"“”‘’()[]-—–_")  # "_ Vice President Al Gore": a wire dateline's dash
    np = _LEAD.sub("", _LEAD.sub("", np))  # "even as prosecutors (maintained)"
    np = _SPEECH_LEAD.sub("", np)  # "(but) said family members (have denied)": the members deny
    return np.strip()


def _label(who: str) -> str:
    """A speaker's words as a reader is shown them, without a reason clause before ("That's why analysts" ->
    "analysts") or when the document was put out ("the GoFundMe page posted Tuesday" -> "the GoFundMe page", "a study
    published Monday by the Harbor Institute" -> "a study by the Harbor Institute"). Only the label changes: whether
    the words name a speaker, and which sort, is read from them whole."""
    label = _PUT_OUT_WHEN.sub("", _PUT_OUT_BY.sub(" by ", _REASON_LEAD.sub("", who))).strip()
    return label or who


# A clause that gives the reason or the way before the speaker: "That's why (analysts say)", "This is how".
_REASON_LEAD = re.compile(r"^(?:that|this|which|it)(?:['’]s|\s+is|\s+was)\s+(?:why|how|because)\s+", re.IGNORECASE)
_PUT_OUT = r"(?:posted|published|released|issued|updated|filed|written|put out|made public|conducted|compiled|prepared)"
# Who put a document out, after when: "a study published Monday by the Harbor Institute".
_PUT_OUT_BY = re.compile(rf"\s+{_PUT_OUT}\s+(?:[\w'’-]+\s+){{0,3}}?by\s+(?=(?:the\s+)?[A-Z])")
# When a document or a post was put out, after its noun: "a page posted Tuesday", "a report released this week",
# "a study published on Monday in the journal Science".
_PUT_OUT_WHEN = re.compile(rf"\s+{_PUT_OUT}\s+"
                        r"(?:on\s+|last\s+|this\s+|earlier\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday|today|yesterday|tonight|week|month|year|in\b|by\b|online\b).*$",
                        re.IGNORECASE)


# "a teacher from Window Rock": an apposition giving the named person's role, not another speaker ("a spokesman"
# is one, unnamed)
_ROLE_APPOSITION = re.compile(rf"^an?\s+(?!(?:{'|'.join(sorted(ANON_HEADS))})\b)", re.IGNORECASE)


def classify(np: str, known_people: Sequence[str] = ()) -> Speaker | None:
    """Turn a speaker noun phrase into a Speaker, or None when it is not a plausible speaker."""
    sp = _classify(np, known_people)
    if sp is not None and (label := _label(sp.who)) != sp.who:
        sp = Speaker(label, sp.kind, sp.role)
    words = sp.who.split() if sp is not None else []
    if sp is not None and sp.kind == "named" and sp.role and len(words) == 3 \
            and _ROLE_PREPOSITION_END.search(sp.role) and not sp.role.endswith(f" {words[0]}") \
            and words[0].lower() not in _DET_WORDS:
        # "presidential aide on Chechnya Sergei Ivanov": the place is the preposition's, the name the last two words
        return Speaker(" ".join(words[1:]), "named", f"{sp.role} {words[0]}")
    if sp is not None and sp.kind == "named" and sp.role and len(words) == 3 and sp.role.endswith(f" {words[0]}") \
            and _ROLE_PREPOSITION_END.search(sp.role[: -len(words[0]) - 1]):
        return Speaker(" ".join(words[1:]), "named", sp.role)  # the place moved to the role already
    return sp


def _classify(np: str, known_people: Sequence[str]) -> Speaker | None:
    np = _clean_np(np)
    if _TELLING_CLAUSE.search(np):
        return None  # "Richelson told CNN he (believes)": a clause whose pronoun speaks, not a speaker's name
    np = _TRAILING_ADVERBS.sub("", np)  # "The White House vehemently (denied)"
    np = re.sub(r"^(?:[A-Z][\w.-]*['’]s\s+)(?=[A-Z])", "", np)  # "JPI's Jason Ziedenberg"
    np = re.sub(r"^(?:On|In|At|By|For|After|Before|During)\s+[^,]+,\s*", "", np)  # "On Wednesday, investigators"
    np = _LEAD.sub("", _TIME_LEAD.sub("", np))  # "On Tuesday, as investigators (announced)"
    # "according to French police - entered the island": a dash closes the aside the speaker was named in
    np = re.split(r"\s[-–—]\s|\s?—\s?", np)[0].strip()
    if _PREPOSITION_START.match(np) or re.match(r"(?:of|to|for)\s", np):
        return None  # "on Twitter (said)" is a place of speaking; "''the dregs'' of the army, (said X)" a fragment
    if not np or len(np.split()) > MAX_SPEAKER_WORDS:
        return None
    if np.lower() in _SENTENCE_ADVERBS or _LEAD.fullmatch(np + " "):
        return None  # "Moreover, (said Wright)": an adverb, not a speaker
    if _CLAUSE_START.match(np) or _PARTICIPLE_START.match(np):
        return None  # "(agreed) it will take more study", "followed by a van": a clause, not who said it
    first, *more = phrase_parts(np) or [""]
    first = _TIME_AFTER_NAME.sub("", first)  # "said Gore spokesman Roger Salazar Wednesday": when, not his name
    # "Paul Allen, the co-founder, on Tuesday (announced)", "Venizelos, however, (said)": when, or a link, not a role
    more = [p for p in more if not _TIME_PART.match(p) and p.lower() not in _SENTENCE_ADVERBS]
    if len(more) >= 2 and _FINITE.match(more[0]) and not _FINITE.match(more[-1]) and not _ROLE_APPOSITION.match(more[-1]) \
            and not TITLES.intersection(more[-1].lower().split()):  # "..., elected in 2010, the mayor": her role
        # "A boy, Leo Brown, died on Sunday after a fall, police (said)": a clause, then who said it
        return _classify(more[-1], known_people)
    rest = ", ".join(more)
    if _PREPOSITION_START.match(rest) or re.match(r"(?:in|at|by|after|before|for)\s", rest):
        rest = ""  # "Amy Pinto, in tears, told": a circumstance, not a role
    if _PRONOUN.match(rest):
        return None  # "Mostefai, he added, had moved": "he" speaks, about Mostefai
    if (for_someone := _ROLE_FOR_SOMEONE.match(first)) and len(first.split()) <= MAX_SPEAKER_WORDS:
        # "An attorney for the harbor chief Paul Reed (said)": the attorney speaks, for Reed; not Reed himself
        return Speaker(for_someone.group(0), "anonymous")
    office = _OFFICE_OF_NAME.match(first)
    if office and not looks_org(office.group("name").split()):
        # "Kenyan Minister of Public Health Sam Onger", "Secretary of State Ann Cole": the office, then the name
        role = office.group("role") + (f", {rest}" if rest else "")
        full = _full_name(office.group("name"), known_people)
        if office.group("role").endswith(full[: len(full) - len(office.group("name"))].strip()):
            full = office.group("name")  # "... of Electricity and Energy Osman Abaza": not "Energy Osman Abaza"
        return Speaker(full, "named", role)
    titled = _TITLED_NAME.match(first)
    if titled and not looks_org(titled.group("name").split()) and not _DEMONYM.match(titled.group("name").split()[0]):
        # "Tanzanian director of criminal investigation Rajabi Adadi": a role the cut would end, then the name
        role = titled.group("role") + (f", {rest}" if rest else "")
        name_words = titled.group("name").split()
        if len(name_words) == 3 and _ROLE_PREPOSITION_END.search(titled.group("role")) \
                and name_words[0].lower() not in _DET_WORDS:
            # "China's ambassador to Britain Liu Xiaming": the place is the preposition's, the name the last two words
            role = f"{titled.group('role')} {name_words[0]}" + (f", {rest}" if rest else "")
            return Speaker(_full_name(" ".join(name_words[1:]), known_people), "named", role)
        return Speaker(_full_name(titled.group("name"), known_people), "named", role)
    person = _person_of(first)
    if person is not None:
        name, employer = person
        return Speaker(_full_name(name, known_people), "named", employer + (f", {rest}" if rest else ""))
    head_np = _CUT.sub("", first).strip()
    if kin := _KIN_GIVEN_NAME.match(head_np):
        # "Shepard's father Dennis": Dennis Shepard, his father, not the Shepard the article named first
        return Speaker(f"{kin.group('given')} {kin.group('family')}", "named", f"{kin.group('family')}'s {kin.group('kin')}")
    if not head_np or _PRONOUN.match(head_np) or _AUXILIARY.search(head_np):
        return None  # "the money would benefit 29,400 people (living in 48 states)": a clause, not a speaker
    if head_np.lower() in _WEEKDAYS or head_np.lower() in _MONTH_NAMES:
        return None  # "Monday (said)": the day it was said
    outlet = outlet_name(head_np)
    if outlet:
        return Speaker(outlet, "outlet")
    if _MEDIA.match(head_np):
        return Speaker(head_np, "outlet")  # "Russian media", "state television", "local newspapers": outlets unnamed
    toks = head_np.split()
    if len(toks) == 1 and toks[0].lower() in _QUANTIFIERS:
        # "Several of the legal experts (said)": some of a group, unnamed; "Several (said)" alone names nobody
        return Speaker(first, "anonymous") if len(first.split()) > 1 else None
    if len(toks) >= 3 and toks[1] in ("of", "from") and toks[2][:1].isupper() \
            and (full := _full_name(toks[0], known_people)) != toks[0]:
        return Speaker(full, "named", " ".join(toks[1:]))  # "Elhauge of Harvard": the Elhauge the article named
    if rest and re.search(r"\b(?:television|channel|newspaper|news agency|broadcaster|news site|tabloid)\b", rest, re.IGNORECASE):
        return Speaker(head_np, "outlet")  # "Al-Mayadeen, a pro-Damascus television channel"
    if toks[-1].lower() in _DOCUMENTS and any(t[:1].isupper() and not _DEMONYM.match(t) for t in toks[1:-1]):
        return Speaker(head_np, "organization")  # "the Starr report", "a Pentagon study": a document with an author
    cut = next((i for i, t in enumerate(toks) if t in ("from", "in", "of", "at", "with", "on")), len(toks))
    if cut and toks[cut - 1].lower() in ("reports", "report", "sources", "officials", "witnesses", "residents"):
        return Speaker(_with_body(head_np, first), "anonymous")  # "Reports from Lebanon", "officials in Washington"
    if (toks[-1].lower() in ANON_HEADS and not looks_org([t for t in toks if t[:1].isupper()])
            and (len(toks) == 1 or not all(_NAME_TOKEN.match(t) for t in toks))):
        return Speaker(_with_body(head_np, first), "anonymous")  # "Activists", "officials at the Pentagon"
    if any(t.lower() in ("not", "no", "never") for t in toks):
        return None
    lowered = [t.lower().strip(".") for t in toks]
    if len(toks) == 1 and lowered[0].endswith("s") and lowered[0] not in ORG_HEADS \
            and (lowered[0][:-1] in TITLES or lowered[0][:-1] in _ROLE_NOUNS):
        # "Leaders of the party (said)", "historians (claimed)": people named by their role, not a surname
        return Speaker(first if len(first.split()) <= 9 else head_np, "anonymous")
    if len(toks) == 1 and (lowered[0] in ORG_HEADS or _GROUP_PLURAL.match(toks[0])):
        # "Prosecutors (said)", "Geologists (say)": a group named by what it is, not a surname
        return Speaker(head_np, "organization" if lowered[0] in ORG_HEADS else "anonymous")
    if len(toks) >= 2 and lowered[0] in _QUANTIFIERS and (toks[-1][:1].isupper() or lowered[-1] in ANON_HEADS):
        return Speaker(head_np, "anonymous")  # "Many Democrats", "Some supporters of Clinton": unnamed people
    # Title + name ("Information Minister Omran al-Zoubi", "Senator John McCain", "Mr Putin").
    title_idx = max((i for i, t in enumerate(lowered) if t in TITLES or t.rstrip(".") in TITLES), default=-1)
    name_toks = toks[title_idx + 1:] if title_idx >= 0 else toks
    if any(t.endswith("-based") for t in lowered[:-1]) and toks[-1][:1].isupper():
        return Speaker(head_np, "organization")  # "London-based Amnesty": a body placed by its seat, not a person
    if name_toks and all(_NAME_TOKEN.match(t) for t in name_toks) and not looks_org(name_toks):
        if title_idx >= 0 and not _DEMONYM.match(name_toks[0]):
            role_toks = [t for t in toks[: title_idx + 1] if t.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr")]
            if not any(t[:1].isupper() or t.lower().rstrip(".") in TITLES for t in role_toks):
                role_toks = []  # "a somber Mr. Najib": how he looked, not what he is
            if len(role_toks) > 1 and role_toks[0].lower() in _DET_WORDS:
                # "The plain-spoken Sen. John McCain": Sen.; an article's adjectives say how he is, not his office
                # (not "labor professor", "navy Capt.": with no article, the words before the title are its own)
                role_toks = role_toks[1:]
                while len(role_toks) > 1 and role_toks[0][:1].islower() \
                        and role_toks[0].lower().rstrip(".") not in TITLES | _ROLE_MODIFIERS:
                    role_toks = role_toks[1:]
            role = " ".join(role_toks) + (f", {rest}" if rest else "") if role_toks else rest
            return Speaker(_full_name(" ".join(name_toks), known_people), "named", role or None)
        if lowered[0] == "the" and len(name_toks) >= 2:
            return Speaker(head_np, "organization")  # "The Red Cross", "The Associated Charities"
        if len(name_toks) >= 3 and is_role_word(name_toks[0]):
            # "said Guitarist Jimmy Page": his trade, then his name
            role = ", ".join(p for p in (name_toks[0].lower(), rest) if p)
            return Speaker(_full_name(" ".join(name_toks[1:]), known_people), "named", role)
        if len(name_toks) >= 2 and not any(_DEMONYM.match(t) for t in name_toks):
            return Speaker(" ".join(name_toks), "named", rest or None)
        if len(name_toks) == 1:
            full = _full_name(name_toks[0], known_people)
            if full == name_toks[0] and _MADE_BY.match(rest):
                return None  # "Evolution, first propounded by Darwin, (states)": a thing someone made, not a person
            if full != name_toks[0] or rest or any(p.split()[-1] == full for p in known_people):
                return Speaker(full, "named", rest or None)  # a known person, or one of a family the article names
            if lowered[0] in ("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."):
                return Speaker(full, "named")
            if name_toks[0].isupper() or _METONYM.search(name_toks[0]):
                return Speaker(name_toks[0], "organization")  # "NATO said", "Russia says", "Moscow says"
            if _ADVERB.match(name_toks[0]):
                return None  # "Simply (stated)", "Frankly (speaking)": an adverb, not a surname
            if not _DEMONYM.match(name_toks[0]):
                return Speaker(name_toks[0], "named")  # a bare capitalised subject of "said" is mostly a surname
    head = lowered[-1]
    caps = [t for t in toks if t[:1].isupper() and not _DEMONYM.match(t) and t.lower() not in TITLES]
    if head in ANON_HEADS or head.rstrip("s") in ANON_HEADS:
        if len(caps) >= 2 and looks_org(caps):
            return Speaker(head_np, "organization")  # "the Syrian Observatory for Human Rights"
        return Speaker(_with_body(head_np, first), "anonymous")
    if head in TITLES:  # "the minister", "a senior commander": a role without a name
        return Speaker(head_np, "anonymous")
    if lowered[0] in _POSSESSIVES and len(toks) <= 3 and head in _RELATIONS:
        named = re.match(r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+$", more[0].strip()) if more else None
        if named and not looks_org(named.group(0).split()):  # "said his mother, Bina Thampy": her, named
            return Speaker(_full_name(named.group(0), known_people), "named", head_np)
        return Speaker(head_np, "anonymous")  # "His lawyer", "her family": unnamed, and not the last person quoted
    initialled = _INITIALLED_NAME.search(head_np)
    if initialled and head_np[: initialled.start()].strip() and any(t in TITLES for t in lowered):
        # "U.S. Attorney for the District of Columbia Channing D. Phillips": a title, then a name with an initial
        return Speaker(initialled.group(0), "named", head_np[: initialled.start()].strip())
    # "His brother Paul Reed" opening a sentence reads as "his brother Paul Reed"
    described = _DESCRIBED_NAME.match(head_np[0].lower() + head_np[1:] if lowered[0] in _POSSESSIVES else head_np)
    if described and described.group("role").split()[-1] in TITLES | ANON_HEADS | _ROLE_NOUNS | _RELATIONS \
            and not looks_org(described.group("name").split()):
        # "study lead author Lucas Paganini", "planetary scientist Ana Ruiz": a role in lower case, then the name
        role = described.group("role").strip() + (f", {rest}" if rest else "")
        return Speaker(_full_name(described.group("name"), known_people), "named", role)
    if caps and (looks_org(caps) or len(caps) >= 1 and toks[-1][:1].isupper()):
        return Speaker(head_np, "organization")
    if head in ORG_HEADS or head in ("operator", "operators") and len(lowered) >= 2 and lowered[-2] in _SERVICES:
        return Speaker(head_np, "organization")  # "the airline"; "the ferry operator" (not "the crane operator")
    if len(toks) >= 2 and any(t.endswith("-based") for t in lowered[:-1]) and head.isalpha():
        return Speaker(head_np, "organization")  # "the Dayton, Ohio-based chain": a body placed by its seat
    if lowered[0] in _INDEFINITE and 2 <= len(toks) <= 4 and all(t[:1].islower() or t[:1].isdigit() for t in toks[1:]) \
            and (head in _ROLE_NOUNS or head in _PEOPLE_NOUNS):
        # "a student (told LA Weekly)", "one woman (said)", "a 23-year-old jogger": someone the article does not name
        return Speaker(head_np, "anonymous")
    return None


# News outlets not named, by where they are or whose: "Russian media", "Iranian state television", "local news reports".
_MEDIA = re.compile(r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w.'’-]*|state|local|official|national|foreign|regional|pro-[\w-]+|"
                    r"government-run|state-run|independent)\s+){1,3}(?:media|press|newspapers|television|TV|radio|"
                    r"news\s+agencies|news\s+reports|news\s+media|media\s+reports)$")
# A clause before a speech verb, not a noun phrase: a verb of telling inside it, or a personal pronoun closing it.
_TELLING_CLAUSE = re.compile(r"\b(?:told|tells|said|says|asked|asks)\s+\S|\s(?:he|she|they|we|I)$")
_INDEFINITE = frozenset(["a", "an", "one", "another"])
# Nouns for a person met in a story, who speaks without being named: "a student", "one woman", "a passerby".
_PEOPLE_NOUNS = frozenset(["man", "woman", "boy", "girl", "student", "jogger", "passerby", "bystander", "neighbor",
                           "neighbour", "parent", "mother", "father", "nurse", "driver", "survivor", "victim", "shopper",
                           "commuter", "customer", "fan", "pedestrian", "passenger", "visitor", "tourist", "veteran",
                           "volunteer", "protester", "protestor", "demonstrator", "farmer", "patient", "relative",
                           "villager", "local", "onlooker", "sophomore", "freshman", "junior", "senior", "classmate",
                           "parishioner", "motorist", "cyclist", "homeowner", "tenant", "voter", "caller"])


# A person's role in lower case before their name, as a speaker ("study lead author Lucas Paganini").
_DESCRIBED_NAME = re.compile(r"^(?P<role>(?:[a-z][\w'’-]*\s+){1,5})(?P<name>(?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]+)$")
# Words before a title that belong to the role: "former Sen.", "acting Gov.".
_ROLE_MODIFIERS = frozenset(["former", "acting", "interim", "then", "outgoing", "incoming", "retired", "senior",
                             "assistant", "associate", "deputy", "vice", "state", "federal"])
_ROLE_PREPOSITION_END = re.compile(r"\s(?:to|of|for|from|in|at|on)$")
# An apposition saying who made a thing: "first propounded by Charles Darwin", "written by a committee".
_MADE_BY = re.compile(r"^(?:[a-z]+ly\s+|first\s+|later\s+)?[a-z]+(?:ed|en|wn)\s+by\b")
_ROLE_NOUNS = frozenset(["author", "coauthor", "co-author", "scientist", "researcher", "professor", "analyst", "expert",
                         "economist", "lawyer", "attorney", "doctor", "physician", "editor", "writer", "historian",
                         "engineer", "astronomer", "biologist", "geologist", "physicist", "chemist", "psychologist",
                         "strategist", "consultant", "pollster", "curator", "coach", "teacher", "student", "owner"])
# Who a person's own people are, as a speaker after "his", "her", "their" ("his lawyer", "her family") or before
# their name ("his agent Ann Cole").
_RELATIONS = frozenset(["lawyer", "lawyers", "attorney", "attorneys", "family", "relatives", "relative", "wife",
                        "husband", "widow", "widower", "mother", "father", "parents", "son", "daughter", "brother",
                        "sister", "uncle", "aunt", "cousin", "grandmother", "grandfather", "friend", "friends",
                        "girlfriend", "boyfriend", "fiance", "fiancee", "fiancé", "fiancée", "partner", "agent",
                        "publicist", "representative", "representatives", "manager", "neighbor", "neighbour",
                        "neighbors", "neighbours", "colleague", "colleagues", "doctor", "doctors", "employer"])
_POSSESSIVES = frozenset(["his", "her", "their"])
_NAME_AFTER = re.compile(r",\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?=[,.;:!?]|$)")
# What an operator that is a company runs: "the ferry operator", "the plant's operator".
_SERVICES = frozenset(["ferry", "bus", "rail", "railway", "train", "tour", "network", "mobile", "telecom", "phone",
                       "pipeline", "grid", "plant", "plant's", "airport", "port", "satellite", "cable", "casino",
                       "hotel", "nuclear", "power", "water", "utility", "transit", "subway", "metro", "tram"])


# A relative named by a given name after the family's: "Shepard's father Dennis", "Cole's widow, Ann".
_KIN_GIVEN_NAME = re.compile(r"^(?P<family>[A-Z][a-z][\w-]+)['’]s\s+(?P<kin>father|mother|son|daughter|brother|sister|"
                             r"wife|husband|widow|widower|grandfather|grandmother),?\s+(?P<given>[A-Z][a-z]+)$")
# A role held for someone, then the name of that someone: "An attorney for senior aide Jared Kushner".
_ROLE_FOR_SOMEONE = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}(?:attorney|lawyer|spokesman|spokeswoman|"
                               r"spokesperson|aide|adviser|advisor|publicist|agent|representative)\s+(?:for|to)\s+"
                               r"(?:[a-z][\w.-]*\s+|[A-Z][\w.'’-]*\s+)*?[A-Z][\w'’-]+$")
_DOCUMENTS = frozenset(["report", "study", "survey", "audit", "review", "statement", "memo", "indictment", "page", "post",
                        "website", "blog"])
_QUANTIFIERS = frozenset(["many", "most", "some", "several", "few", "both", "all", "other", "others"])
_MONTH_NAMES = frozenset(["january", "february", "march", "april", "june", "july", "august", "september", "october",
                         "november", "december"])
_ADVERB = re.compile(r"^[A-Z][a-z]{3,}ly$")
_TITLE_WORDS = "|".join(sorted((t for t in TITLES | {"official", "diplomat", "activist", "investigator", "researcher",
                                                    "scientist", "lawmaker", "doctor", "aide", "expert", "member"}
                                  if t.isalpha() and len(t) > 3), key=len, reverse=True))
# A lower-case role holding a title, then a full name: "Tanzanian director of criminal investigation Rajabi Adadi",
# "former federal prosecutor Joseph diGenova" (the role's first word may be capitalised: "Tanzanian", "Former").
_TITLED_NAME = re.compile(
    rf"^(?P<role>(?:[A-Z][a-z]+(?:['’]s)?\s+)?(?:[a-z][\w'’.-]*\s+)*?(?:{_TITLE_WORDS})(?:\s+[a-z][\w'’.-]*)*)\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\.?\s+){1,2}(?:[a-z]{1,3})?[A-Z][\w'’-]+)$")
# An office "of" a department in capitals, then a full name: "Minister of Public Health Sam Onger", "Secretary of
# State Ann Cole" (the name is the last two words, or three with a middle initial; the department is what is before).
_OFFICE_OF_NAME = re.compile(
    r"^(?P<role>(?:[A-Z][a-z]+\s+)?(?:Minister|Secretary|Director|Commissioner|Chairman|Chairwoman|Governor|Head|Chief)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+|(?:and|of)\s+){0,5}?[A-Z][\w'’-]*)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'’-]+)$")
_NOT_ADVERBS = r"(?!(?:family|assembly|ally|supply|rally|monopoly|anomaly|homily|july|italy|bully|belly|jelly)\b)"
_TRAILING_ADVERBS = re.compile(rf"(?:\s+{_NOT_ADVERBS}[a-z]{{3,}}ly)+$")
# A personal pronoun (or "there") and more words: a clause ("it will take more study", "there were reports"), never a speaker's noun phrase.
_CLAUSE_START = re.compile(r"^(?:it|he|she|they|we|i|you|there)(?:['’](?:s|re|ve|d|ll|m))?\s+(?!(?:and|or)\b)\S",
                           re.IGNORECASE)
# A person's name with a middle initial, closing a phrase: "Channing D. Phillips".
_INITIALLED_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)+\s+[A-Z][a-z][\w'’-]+$")
# A participle with its object or clause: "followed by a Mercedes SUV", "asked whether anyone", "going back to".
_PARTICIPLE_START = re.compile(r"^(?:[a-z]+ed\s+(?:by|whether|if|that)|(?![a-z]*thing\b)[a-z]{2,}ing\s+(?:back|to|on|in|at|for|from|with|about|"
                               r"into|the|a|an|his|her|their|its))\b")
# A plural of what people do ("Geologists", "Physicians"): no surname ends so.
_GROUP_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ists|ians)$")
# A person and the body they work for: "Gerald Meehl of the National Center for Atmospheric Research".
_PERSON_OF = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\s+(?P<of>(?:of|from)\s+\S.*)$")
_EMPLOYER_END = re.compile(r"\s+(?:who|whom|which|that|in|at|on|during|after|before|when|while|where)\b.*$")
# Capitalised words that make a place or a body of a name-shaped phrase ("People's Republic of China").
_NOT_PERSON_WORDS = frozenset(["republic", "kingdom", "states", "nations", "emirates", "islands", "chamber", "friends",
                               "county", "city", "province", "district", "region", "people's", "sisters", "knights"])


def _person_of(phrase: str) -> tuple[str, str] | None:
    """(name, "of <employer>") when ``phrase`` is a person's name and the body they are of or from, else None."""
    toks = phrase.split()
    n_titles = next((i for i, t in enumerate(toks) if t.lower() not in TITLES), len(toks))
    if n_titles:  # "Dr. Kenneth Renney of Sports Medicine Associates", "Deputy Chief Jack Nielsen of the police"
        found = _person_of(" ".join(toks[n_titles:]))
        title = " ".join(t for t in toks[:n_titles] if t.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr"))
        return found if found is None or not title else (found[0], f"{title}, {found[1]}")
    m = _PERSON_OF.match(phrase)
    if m is None:
        return None
    toks = m.group("name").split()
    lowered = [t.lower().rstrip(".") for t in toks]
    if (looks_org(toks) or any(_DEMONYM.match(t) for t in toks) or lowered[0] in _DET_WORDS
            or any(t in TITLES or t in _NOT_PERSON_WORDS or t in _WEEKDAYS or t in _MONTH_NAMES for t in lowered)
            or _LEAD.match(m.group("name") + " ")):
        return None
    employer = _EMPLOYER_END.sub("", m.group("of")).strip(" ,")
    if _COMPANY_OF_PLACE.match(employer):
        return None  # "Energy Resources of Australia Ltd.": one company's name
    if lowered[-1] in _BODY_ENDINGS:
        return None  # "Planned Parenthood of New York City", "Catholic Charities of Chicago": a body and its seat
    return (m.group("name"), employer) if len(employer.split()) >= 2 else None


# Last words of a name "X Y of <place>" that make it a body, not a person (review R21b).
_BODY_ENDINGS = frozenset(["parenthood", "way", "news", "watch", "examiner", "permanente", "network", "society",
                           "services", "service", "group", "bank", "trust", "foundation", "fund", "club", "league",
                           "alliance", "coalition", "partners", "press", "times", "post", "radio", "television", "tv",
                           "charities", "industries", "ministries", "communities", "agencies", "companies",
                           "universities", "libraries", "utilities", "enterprises", "associates", "systems"])


_COMPANY_OF_PLACE = re.compile(r"^(?:of|from)\s+[A-Z][\w'’-]+\s+(?:Ltd|Limited|Inc|Corp|Corporation|Co|LLC|PLC|plc|AG|SA)\b")


# Words that open a spoken sentence before a comma and are no name ("Well, look, ...").
_INTERJECTIONS = frozenset(["well", "yes", "no", "oh", "okay", "ok", "here", "there", "look", "please", "sure"])
# A part opening with a verb: "was found dead", "were also arrested", "died Wednesday", "worked for"; not a
# participle that places or describes ("founded by", "based in", "elected in").
_VERB_OPENING = re.compile(rf"^(?:[a-z]+ly\s+)?(?:{_AUXILIARY.pattern}|[a-z]{{2,}}ed(?![\w-])(?!\s+(?:by|in|on|at|as)\b))")
# Words that go with a speech verb, not with its subject: "(Emily Pierce, a spokeswoman,) would only (say)",
# "(Bill Curry, Amazon's spokesman,) declined to (comment)".
# (each alternative ends at a word's end and "only" is one of the -ly words: a run of "only only ..." was matched
# in exponentially many ways, 2.9 s at 22 words; review R21b)
_AUX_ONLY = re.compile(rf"^(?:(?:{_AUXILIARY.pattern}|[a-z]+ly|never|not|also|already|yet|still|even|just|always|long|now|"
                       r"(?:[a-z]+ed|declines|refuses|wants|tries|seems|appears)\s+to)(?![\w'’-])\s*)+$")
_DET_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "another", "some", "several", "other"])
_PREPOSITION_START = re.compile(r"^(?:on|in|at|via|through|during|over|under|with|from)\s", re.IGNORECASE)
_DENIAL_VERB = re.compile(r"^(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|disputed|disputes)$")
_DISPUTED_NOUN = re.compile(r"\b(?:a|an|the|this|that)\s+(?:claim|claims|report|reports|allegation|allegations|account|"
                            r"charge|charges|assertion|version|accusation|accusations)\s+(?:the|a|an)\s+[^,;]*$",
                            re.IGNORECASE)


_METONYM = re.compile(r"(?:ia|land|stan|States|Kremlin|Pentagon|Moscow|Washington|Beijing|London|Paris|Tehran|Damascus)$")


def is_body_or_place(name: str) -> bool:
    """Whether a capitalised name is a body's ("Human Rights Campaign", "NATO") or a state's or country's, no person's."""
    return looks_org(name.split()) or _is_place(name)


def looks_org(toks: Sequence[str]) -> bool:
    """Whether a name's words say it is a body: an organization word ("Corp.", "Party") or an acronym ("TSA")."""
    return any(t.lower().strip(".,") in ORG_TOKENS for t in toks) or any(
        len(t) >= 2 and t.isupper() and t.isalpha() for t in toks
    )


# Words a name extraction takes along before a name: prepositions, conjunctions, question words, verbs of saying.
_TAKEN_ALONG = frozenset(
    ["to", "for", "since", "what", "could", "would", "with", "no", "under", "when", "after", "as", "at", "by", "from",
     "in", "of", "on", "if", "but", "and", "or", "so", "while", "before", "unlike", "like", "neither", "nor", "because",
     "though", "although", "whether", "how", "why", "where", "who", "which", "that", "this", "these", "those", "the",
     "a", "an", "than", "then", "yet", "not", "into", "about", "against", "among", "between", "during", "without",
     "within", "despite", "whereas", "meanwhile", "adds", "added", "joining", "long-time", "longtime", "says", "said",
     "told", "asked", "dear", "thanks", "even", "only", "also", "both", "all", "some", "many", "most", "every", "each",
     "did", "does", "do", "has", "have", "had", "is", "was", "were", "are", "can", "should", "must", "let", "here",
     "there", "now", "today", "yesterday"]
)


# "responded to X by posting a photo", "replied by suing": what the subject did in answer, not what it said; "by
# saying" / "by writing that" is speech.
_REACTION_VERBS = frozenset(["responded", "replied", "countered"])
_BY_DEED = re.compile(r"(?:\s+to\s+[^,;:\"“”]{1,80}?)?\s+by\s+(?!(?:saying|telling|stating|writing|noting|arguing|"
                      r"insisting|declaring|tweeting|asserting|claiming|explaining|issuing a statement)\b)[a-z]+ing\b")


def _full_name(name: str, known_people: Sequence[str]) -> str:
    """A surname resolved to the full name mentioned earlier in the article ("Lund" -> "Aron Lund"); a name with a
    given name is another person of that family unless one of the two holds all the other's words ("Chris
    Tannreuther", her brother, is not "Janet Tannreuther"; "Gov. Jo Reyes" is "Jo Reyes")."""
    words = name.split()
    matches = [person for person in reversed(known_people)
               if person != name and person.split()[-1] == words[-1]
               and (len(words) == 1 or set(words) <= set(person.split()) or set(person.split()) <= set(words))]
    if len(words) == 1 and len(surname_family(name, known_people)) > 1:
        return name  # "Shepard" after Matthew and Dennis Shepard: which one is for the speakers to tell (claims)
    return person_name(next((m for m in matches if given_name_shaped(m)), matches[0] if matches else name))


def is_role_word(word: str) -> bool:
    """Whether a capitalised word opening a name is a trade or a role, not a given name ("Balloonists Bertrand
    Piccard", "Guitarist Jimmy Page", "Officials"): a title, a role noun or its plural, or a word in -ist(s)."""
    low = word.lower().rstrip(".").removesuffix("-elect")  # "President-elect Hugo Chavez"
    singular = low.removesuffix("s")
    return bool(_PROFESSION.match(word)) or any(w in TITLES | _ROLE_NOUNS | ANON_HEADS for w in (low, singular)) \
        and low not in _GIVEN_NAME_TITLES


def person_name(name: str) -> str:
    """A person's name without a role word the name extraction took along: "Balloonists Bertrand Piccard" ->
    "Bertrand Piccard"; a two-word name is left whole ("Judge Smith" may be all the article gives)."""
    name = re.sub(r"^.*['’]s\s+(?=[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w'’-]*$)", "", name)  # "Harvard's Ann Cole"
    words = name.split()
    return " ".join(words[1:]) if len(words) >= 3 and is_role_word(words[0]) else name


# A capitalised trade ending in -ist(s): "Guitarist", "Balloonists", "Novelist" (no given name ends so).
_PROFESSION = re.compile(r"^[A-Z][a-z]{3,}ists?$")
# Titles that are also given names or that open a name ("Major", "King" Jr. aside, "Dean"): never taken as a role.
_GIVEN_NAME_TITLES = frozenset(["major", "king", "prince", "justice", "general", "chief", "head", "leader", "member",
                                "person", "rev", "lord", "sir", "dr", "mr", "mrs", "ms"])


def surname_family(surname: str, people: Sequence[str]) -> set[str]:
    """The people of an article who bear a surname, each once under their fullest name ("Jo Reyes" is "Gov. Jo
    Reyes"), leaving out words the name extraction took along ("To Johnson")."""
    named = {person_name(p) for p in people if len(p.split()) > 1 and p.split()[-1] == surname and given_name_shaped(p)}
    return {p for p in named if not any(set(p.split()) < set(other.split()) for other in named)}


def given_name_shaped(person: str) -> bool:
    """Whether a full name opens with a given name, not with a word the name extraction took along ("To Johnson",
    "Since Bush", "Harvard's Illingworth"); "Will Smith" and "May Lee" do."""
    first = person.split()[0]
    return first.lower() not in _TAKEN_ALONG and not first.endswith(("'s", "’s"))


_CONNECTORS = frozenset(["of", "for", "the", "and", "de", "la", "al", "bin", "del", "van", "von"])
# A verb that makes a clause of a stretch of words ("the researchers didn't look at ...", "the rise was paid by ...").
_FINITE = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|"
                     r"\w+n['’]t|[a-z]+ed)\b")
_AFTER_TOWN = re.compile(r"\b(?:in|of)\s+[A-Z][\w.'’-]*$")  # "in the city of Portland, [Maine], said": a state
_STATE_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2})$")
# Words that open a sentence before a comma and link it to the last one ("Further, ...", "Separately, ...").
_SENTENCE_ADVERBS = frozenset(
    ["further", "furthermore", "moreover", "additionally", "separately", "meanwhile", "however", "nevertheless",
     "nonetheless", "indeed", "instead", "still", "also", "finally", "similarly", "likewise", "overall", "again",
     "later", "earlier", "now", "then", "yet", "thus", "hence", "therefore", "consequently", "otherwise", "regardless",
     "plus"]
)


_REDUCED_RELATIVE = re.compile(r"^(?:a|an|the|this|that)\s+[a-z]+\s+(?=(?:the|a|an)\s)", re.IGNORECASE)


# A short quoted title inside a noun phrase ("the \"Top Gun\" director"): no closing punctuation inside the marks
# and a word, not a comma, after them, unlike a quotation ending before its speaker ("\"We won,\" she said").
_QUOTED_TITLE = re.compile(r"""["“](?P<t>[^"“”,.!?;:]{1,40}?)["”](?=\s+[\w(])""")


# The two sides of a comma that parts no phrases: a number ("2,000 scientists"), a town and its state before
# "-based" ("the Evanston, Ill.-based university").
_THOUSANDS = (re.compile(r"\d$"), re.compile(r"^\d{3}\b"))
_TOWN_STATE_BASED = (re.compile(r"\b[A-Z][\w.'’-]*$"), re.compile(r"^\s*[A-Z][\w.]*-based\b"))
# "in Boulder", "of Upper Marlboro", "in the city of Portland": the town closing a phrase, before its state.
_IN_TOWN = re.compile(r"\s*\b(?:in|of|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*$")


def phrase_parts(seg: str) -> list[str]:
    """The comma-separated phrases of a stretch of text, none empty.

    Example:
        >>> phrase_parts("a network of more than 2,000 scientists, the panel")
        ['a network of more than 2,000 scientists', 'the panel']
    """
    pieces = seg.split(",")
    merged = [pieces[0]]
    for piece in pieces[1:]:
        if any(left.search(merged[-1]) and right.match(piece) for left, right in (_THOUSANDS, _TOWN_STATE_BASED)):
            merged[-1] += "," + piece
        else:
            merged.append(piece)
    parts = [p.strip() for p in merged if p.strip()]
    if len(parts) >= 3 and _is_place(parts[1]) and len(parts[0].split()) <= 3 and not _PREPOSITION_START.match(parts[0]):
        # "the Eastlake, Ohio, resident", "Joplin, Mo., Mayor Melodee Colbert-Kean": a town and its state open a phrase
        parts = [", ".join(parts[:3]), *parts[3:]]
    return parts


def _is_area(name: str) -> bool:
    # Imported here: the conflict rules' word lists import this module's users (claims), so a module-level
    # import would be circular.
    from newsdesk.compare.conflicts.lexicon import _is_area as is_area

    return is_area(name)


def _is_place(part: str) -> bool:
    """A U.S. state's abbreviation ("Colo.", "N.C."), a state or a country."""
    return bool(_STATE_ABBREVIATION.match(part)) and part not in _NOT_STATES or _is_area(part)


# Abbreviations shaped like a state's that close a company's or a person's name ("Smith Barney Holdings, Inc.").
_NOT_STATES = frozenset(["Jr.", "Sr.", "Inc.", "Co.", "Ltd.", "Corp.", "Bros.", "Cos.", "Esq."])


def without_closing_place(parts: list[str]) -> list[str]:
    """Phrases without the place that closes them: "Gerald Meehl of the Center in Boulder, Colo., (agreed)" is said by
    Gerald Meehl of the Center, not by "Colo."; the state or country after "in Town," is where, never who."""
    if len(parts) < 2 or not _is_place(parts[-1]):
        return parts
    town = _IN_TOWN.search(parts[-2])
    if town is None:
        return parts
    before = parts[-2][: town.start()].strip()  # "Gerald Meehl of the Center in Boulder": the speaker, without the town
    if len(parts) > 2 and (not before or re.match(r"(?:who|which|where)\b", before)):
        return parts[:-1]  # "Scott Poland, of Cypress, Texas", "Rove, who is based in Austin, Texas": the town stays
    return [*parts[:-2], before] if before else parts[:-2]


def _name_words(part: str) -> bool:
    """Whether a phrase is a name in shape: at most seven capitalised words, with "of", "the", "al" between."""
    words = [t.rstrip(",") for t in _LEAD.sub("", part).split() if t.lower() not in _CONNECTORS]
    return len(words) <= 7 and all(_NAME_TOKEN.match(t) for t in words)


MAX_SPEAKER_WORDS = 14  # a longer phrase before a speech verb is no speaker's name and role


_RELATIVE = re.compile(r"\b(?:who|which|whose|whom|where|that)\b.*$")


def _within_words(parts: list[str]) -> str:
    """A name and its roles, joined, short enough to be a speaker: from a relative clause on ("who has led legal
    efforts to ..., and ...") the words go first, then the roles after the first; the name stays. Parts that make a
    clause ("Bryan Johnson, 24, was found dead ..., (the office said)") are no roles: they stay, too long to be one."""
    joined = ", ".join(parts)
    if len(joined.split()) <= MAX_SPEAKER_WORDS:
        return joined
    if any(_CLAUSE_VERB.search(_RELATIVE.sub("", p)) or _CLAUSE_START.match(p) or _ADVERB.match(p)
           for p in parts):
        return joined
    relative = next((i for i, p in enumerate(parts) if i and _RELATIVE.match(p)), len(parts))
    parts = parts[:relative]
    while len(parts) > 1 and len(", ".join(parts).split()) > MAX_SPEAKER_WORDS:
        parts = parts[:-1]
    return ", ".join(parts)


# A relative pronoun, then only adverbs or auxiliaries, before a speech verb: "who (believes)", "who never (claimed)",
# "who has long (argued)".
_RELATIVE_END = re.compile(r"\bwho(?:\s+(?:[a-z]+ly|never|not|also|still|once|then|later|first|long|had|has|have|"
                           r"would|did|does|do))*\s*$")


def _preposed_subject(before: str) -> str | None:
    """The noun phrase just before a speech verb: cut at the last quote, semicolon or clause start."""
    before = _QUOTED_TITLE.sub(r"\g<t>", before)  # "Top Gun" director Tony Scott: a title, not a quotation
    before = _NAME_ASIDE.sub("", before)  # "Rep. Ann Cole (R-Tenn.), another critic, (said)": her party and state
    # "Tonya Adams, principal of the school, which has had the rules posted for years, (said)": an aside
    before = re.sub(r",\s*which\b[^,;:\"”“]*,(?=\s*$)", ",", before)
    seg = re.split(r"""["”“]|''|``|;|:|\bthat\b|\bbut\b|\bwhich\b|\band\b(?=\s+(?:the|a|an)\b)""", before)[-1]
    if _RELATIVE_END.search(seg):
        # "a Republican who (believes)", "Tucker, who never (claimed) innocence": the relative clause's own verb; its
        # speaker is someone else's
        return None
    seg = seg.strip(" ,")
    if _CLAUSE_START.match(seg) and " and " in seg and "," not in seg:
        seg = seg.rsplit(" and ", 1)[1]  # "He had heart surgery and school officials (said)": the officials
    if not seg:
        return None
    parts = without_closing_place(phrase_parts(seg))  # not "Colo." in "a scientist in Boulder, Colo., (said)"
    if len(parts) >= 2 and _EXAMPLE_PART.match(parts[-1]):
        # "northern tribes, like the Cree, have said": an example of who speaks, inside the phrase naming them; the
        # speakers are the phrase before it, from its last subordinator on ("... partitioned because northern tribes")
        parts = [*parts[:-2], re.split(r"\b(?:because|since|as|while|although|though|whether|if|when|after|before|"
                                       r"where|and|but)\s+", parts[-2])[-1]]
    if len(parts) >= 3 and _is_place(parts[1]) and _PREPOSITION_START.match(parts[0]):
        parts = parts[2:]  # "In Vladivostok, Russia, a former officer (said)": where, then who
    if len(parts) >= 2 and _AUX_ONLY.match(parts[-1]) and _name_words(parts[0]):
        parts = parts[:-1]  # "Emily Pierce, a spokeswoman, would only (say)": the verb's own words
    if parts and _PRONOUN.match(without_lead(parts[-1])):
        return None  # "..., Pete Williams, when he (announced)": "he" speaks, resolved from the article
    if not parts:
        return None
    if len(parts) >= 2 and _name_words(parts[0]) and len(seg.split()) <= 24 \
            and parts[0].split()[0] not in ("of", "for", "and") and parts[0].lower() not in _INTERJECTIONS:
        # not "that of Graham, who ..., (officials said)" nor "Well, look, ... (he's going to say)"
        # "Khaled Khoja, head of the Syrian National Council, told": name, appositive role.
        if parts[0].lower() in _SENTENCE_ADVERBS:  # "Further, the public official denies": an adverb is no name
            rest = parts[1:]
            last = rest[-1].split()
            named = last[1:] if last and last[0].lower() == "the" else last
            name_shaped = bool(named) and all(_NAME_TOKEN.match(t) for t in named)
            # rest[0] a clause ("the researchers didn't look at ...") or an aside that is no noun phrase ("responding
            # to my question, Sobchak said"), not "a spokesman for the party, the Democrats, said"
            opens_clause = _FINITE.search(rest[0]) is not None or name_shaped and rest[0].split()[0].lower() not in \
                ("a", "an", "the", "some", "many", "several", "his", "her", "its", "their")
            if len(rest) >= 2 and len(last) <= 4 and len(rest[0].split()) > 6 and opens_clause \
                    and not last[0].lower().endswith(("ing", "ed")) \
                    and not _STATE_ABBREVIATION.match(rest[-1]) and not (len(last) == 1 and _AFTER_TOWN.search(rest[-2])):
                # a name closing the sentence; not "released Tuesday" or "the Democrats" (an aside), nor the state
                # after a town ("a company in Cambridge, Mass., said", "in the city of Portland, Maine, said")
                return rest[-1]  # "Also, the researchers did not look at joggers, Lee said": the speaker at the end
            return ", ".join(rest)  # "Earlier, the prime minister's spokesman, speaking on condition of anonymity,"
        if not any(_VERB_OPENING.match(p) for p in parts[1:]):
            return _within_words(parts)
        # "Bryan Johnson, 24, was found dead ..., (the office said)": a part opening with a verb makes a clause of
        # the words before, not a role; the speaker is at the end
    if len(parts) >= 3 and len(seg.split()) <= 30 and len(parts[0].split()) <= 5 \
            and not any(_CONJUNCTION_PART.match(p) for p in parts[2:]):
        for k, part in enumerate(parts[1:-1], start=1):
            toks = part.split()
            if 2 <= len(toks) <= 4 and all(_NAME_TOKEN.match(t) for t in toks) and not looks_org(toks):
                # "the lead researcher, William Copeland, a psychologist at Duke University in Durham, N.C.,":
                # the name between the commas, not the place at the end
                # A first part opening the sentence ("Earlier this week, Adadi Rajabu, ...") is no role.
                role = ([parts[0]] if parts[0][:1].islower() else []) + parts[k + 1:]
                full = ", ".join([part, *role])
                return full if len(full.split()) <= MAX_SPEAKER_WORDS else ", ".join([part, *role[:1]])
    if len(parts) >= 3 and 2 <= len(parts[0].split()) <= 3 and _name_words(parts[0]) \
            and not looks_org(parts[0].split()) and parts[0].split()[0][:1].isupper() \
            and any(re.match(r"(?:who|whose)\b", p) for p in parts[1:]) \
            and not any(_VERB_OPENING.match(p) for p in parts[1:]):
        # "Ann Cole, a delegate from Ohio, who sits on the board of the Farm Union, the largest group in the state,
        # (said)": a person, her role and a relative clause, however long; not the body the clause names last
        return _within_words(parts)
    if len(parts) >= 3 and _ROLE_AFTER_NAME.match(parts[-1]) and 2 <= len(parts[-2].split()) <= 3 \
            and all(_NAME_TOKEN.match(t) for t in parts[-2].split()) and not looks_org(parts[-2].split()) \
            and parts[-2].split()[0][:1].isupper():
        # "The bird was found in a lab, Mike Ruiz, a spokesman for Gov. Ann Cole, (said)": the person before the
        # role speaks, not the one the role names
        return ", ".join(parts[-2:])
    last = _REDUCED_RELATIVE.sub("", parts[-1])  # "a claim the authority (denies)": the authority
    last = re.sub(r"^(?:where|when|whom)\s+", "", last)  # "the fund-raiser, where a spokesman (said)": the spokesman
    return last if len(last.split()) <= 9 or _person_of(last) else None


# An aside giving examples of a group: "like the Cree", "such as Amnesty", "including two senators".
_EXAMPLE_PART = re.compile(r"^(?:like|unlike|such as|including|among them|notably|especially|particularly)\s", re.IGNORECASE)
# A role in apposition after a name: "a spokesman for ...", "the top aide to ...".
_ROLE_AFTER_NAME = re.compile(r"^(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:for|to|of|at|with)\s+\S")
# A time after a name in an inverted speaker: "said spokesman Roger Salazar Wednesday", "... Smith on Monday"; not
# after a participle ("a report issued Tuesday", a report of that day).
_TIME_AFTER_NAME = re.compile(r"(?<![a-z]ed)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                              r"(?:\s+(?:morning|afternoon|evening|night))?$")
# A short aside in parentheses after a name and before a comma: "Rep. Ann Cole (R-Tenn.), another critic, said".
_NAME_ASIDE = re.compile(r"(?<=[A-Za-z.])\s+\([A-Z0-9][^()\"“”]{0,29}\)(?=,)")
# "While citing ..., Microsoft argued": "citing" after a subordinator opening the sentence, what the subject
# argues from; not "Citing police sources, France 2 said", whose sources are relayed.
_OPENING_PARTICIPLE = re.compile(r"\W*(?:while|when|after|before|by|in)\s+", re.IGNORECASE)
# A dateline glued to its dash, with no space after it: "WASHINGTON—An attorney for ... said".
_GLUED_DATELINE = re.compile(r"^[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                             r"\s*(?:--|—|–)(?=[A-Z“\"])")


def _glued_dateline_end(sentence: str) -> int:
    """Length of a wire dateline written against its dash ("WASHINGTON—An attorney ..."), 0 when there is none:
    the place the report was filed from is no speaker."""
    m = _GLUED_DATELINE.match(sentence)
    return m.end() if m and sum(c.isupper() for c in m.group(0)) >= 2 else 0


_DATELINE_CREDIT = re.compile(r"\((?P<o>[A-Za-z][\w .&-]{1,30})\)")
_CONJUNCTION_PART = re.compile(r"^(?:and|or|but|nor|then)\b", re.IGNORECASE)
_SENTENCE_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
                                r"\((?P<o>[A-Za-z][\w .&-]{1,30})\)\s*(?:--|_|—|–|-)")


def _inverted_speakers(who: str, known_people: Sequence[str]) -> list[Speaker]:
    """The speaker after an inverted verb, or the two people joined by "and" (", said Mayor Ann Lee and Police Chief
    Bo Park in a statement"), each a speaker of its own; not the two halves of one body ("Fish and Wildlife Service
    spokeswoman Patricia Foulk", "the Centers for Disease Control and Prevention")."""
    who = re.sub(r"\s*\([^()]*\)", "", who).split("(")[0]  # "Sen. Susan Collins (Maine)", "(R-Minn.)": asides
    left, sep, right = _CUT.sub("", who.strip()).partition(" and ")
    if sep and right[:1].isupper():
        pair = [classify(left, known_people), classify(right, known_people)]
        people = [p for p, side in zip(pair, (left, right))
                  if p is not None and p.kind == "named" and len(p.who.split()) >= 2
                  and p.who.split()[-1] == side.split()[-1]]
        if len(people) == 2:
            return people
    sp = classify(who, known_people)
    return [sp] if sp is not None else []


def _transcript_turn(sentence: str, known_people: Sequence[str]) -> tuple[Speaker, int] | None:
    """The person speaking a transcript line ("PRESIDENT OBAMA: Well, ..."), as a named speaker, and where the words
    said begin; None when the line is no turn of an interview."""
    from newsdesk.compare.transcript import (
        transcript_turn,  # imported here: transcript is a leaf beside this module
    )

    turn = transcript_turn(sentence, known_people)
    sp = classify(turn.who, known_people) if turn is not None else None
    return (sp, turn.words_at) if turn is not None and sp is not None and sp.kind == "named" else None


# Capitalised words, then a capitalised title: "Child Welfare Secretary Ann Cole", "Means Committee Chairman Dan Ruiz".
# After "and", they end a compound title ("Health and Child Welfare Secretary"), unless the side before is a titled
# person of its own ("Mayor Dan Ruiz and Police Chief Ann Cole").
_COMPOUND_TITLE = re.compile(rf"^(?:[A-Z][\w'’-]*\s+)+(?:{'|'.join(t.title() for t in sorted(TITLES) if t.isalpha())})\b")
_FULL_NAME_OPENS = re.compile(r"^\s*(?:[A-Z][\w'’-]+\.?\s+){1,2}[A-Z][\w'’-]+(?:,|\s*$)")


def joined_people(np: str, known_people: Sequence[str]) -> list[Speaker]:
    """The two people of "Cole and Ruiz", "both Ann Cole and Dan Ruiz" as speakers, when each side is a person the
    article named (or a full name); [] for one body ("Procter and Gamble", "the Fish and Wildlife Service")."""
    np = re.sub(r"^(?:both|and)\s+", "", np.strip(), flags=re.IGNORECASE)
    if " and " not in np:
        return []
    names = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", np) if p.strip()]
    people = [classify(name, known_people) for name in names]
    compound = _COMPOUND_TITLE.match(names[-1])
    compound_title = compound is not None and not all(_DEMONYM.match(t) for t in compound.group(0).split()[:-1]) \
        and not any(t.lower().rstrip(".") in TITLES for t in names[0].split())
    if not compound_title and all(p is not None and p.kind == "named" and (len(name.split()) >= 2 or p.who != name)
                                  for p, name in zip(people, names)):
        return [p for p in people if p is not None]  # "Specter, Santorum and Murtha": each a person the article named
    if len(names) == 2 and people[0] is not None and people[0].kind == "named" and people[1] is not None \
            and re.match(r"(?:his|her|their)\s", names[1]):
        return [people[0], people[1]]  # "President Clinton and his aides": Clinton on the record, his aides not
    left, _, right = np.partition(" and ")
    if left.endswith(",") and all(_FULL_NAME_OPENS.match(side) for side in (left, right)):
        # "Kurt Volker, the former envoy, and Tim Morrison, an aide": two people, each with a role; not "Mo Reed, the
        # brother of Al and Bo", whose "and" is inside the apposition
        pair = [classify(side.strip(" ,"), known_people) for side in (left, right)]
        return [p for p in pair if p is not None] if all(p is not None and p.kind == "named" for p in pair) else []
    return []  # a bare word on either side, no one the article named: a body's name, not two people


# After a document's noun ("a report"), its title in quotation marks and who put it out: ", “Remarriage in the United
# States,” released this week by the Census Bureau", " published by the Harbor Institute".
_DOCUMENT_BY = re.compile(r"""\s*,?\s*(?:(?:“[^”]{1,80}”|"[^"]{1,80}")\s*,?\s*)?(?:(?:released|published|issued|"""
                          r"""conducted|compiled|prepared|commissioned|produced|written|carried out)\s+"""
                          r"""(?:[a-z]+\s+){0,3})?by\s+(?P<body>(?:the\s+)?[A-Z][^,;:.!?"”“]{1,80})""")


def sentence_speakers(sentence: str, known_people: Sequence[str] = ()) -> list[Speaker]:
    """Every speaker and relayed outlet stated in one sentence, in order, without duplicates.

    Example:
        >>> [s.kind for s in sentence_speakers('"We will win," said Jane Doe, the mayor.')]
        ['named']
    """
    found: list[Speaker] = []
    dateline: Speaker | None = None
    wire = _SENTENCE_DATELINE.match(sentence)
    start = dateline_end(sentence) or _glued_dateline_end(sentence)
    if not wire and start:
        wire = _DATELINE_CREDIT.search(sentence, 0, start)  # "DAR ES SALAAM, Tanzania (AP) _"
    if wire and (name := outlet_name(wire.group("o")) or KNOWN_OUTLETS.get(wire.group("o").strip().lower())):
        dateline = Speaker(name, "outlet")  # "BEIJING (AP) --", "HANOI, January 28 (Xinhua) --"
    # The speakers are in the report, not in its dateline: "NAIROBI, Kenya (AP) _ The Red Cross said ..."
    sentence = sentence[start:]
    if (turn := _transcript_turn(sentence, known_people)) is not None:
        found.append(turn[0])  # "PRESIDENT OBAMA: Well, ...": the turn's speaker, then anyone the words quote
        sentence = sentence[turn[1]:]
    inverted_at: set[int] = set()  # where a verb has its speaker after it (", said District Attorney Rosa Kent")
    quoted = quoted_spans(sentence)
    for m in _INVERTED.finditer(sentence):
        if _inside(quoted, m.start("who") - 1):
            continue  # '"..., both witnesses testified the call was fine," the statement said': the quoted words
        if m.group(0).split()[-len(m.group("who").split()) - 1] in ("told", "tells"):
            continue  # ", told the council": "told" takes an object, not an inverted subject
        if _OBJECT_CLAUSE.search(_CUT.sub("", m.group("who").strip())):
            continue  # ", said the ACLU considers the move ...": what was said, not who said it
        both = _inverted_speakers(m.group("who"), known_people)
        named_after = _NAME_AFTER.match(sentence, m.end("who"))
        if named_after and both and both[0].kind == "anonymous" and both[0].who.split()[0].lower() in _POSSESSIVES \
                and not looks_org(named_after.group(1).split()) and not outlet_name(named_after.group(1)):
            # ", said his mother, Bina Rao": the relation, then her name after its comma
            both = [sp for sp in [classify(f"{both[0].who}, {named_after.group(1)}", known_people)] if sp] or both
        found.extend(both)
        if both:
            inverted_at.add(m.start("who"))
    for m in _ACCORDING.finditer(sentence):
        if m.group(0)[:6].lower() == "citing" and _OPENING_PARTICIPLE.fullmatch(sentence[: m.start()]):
            continue  # "While citing the old memos, Microsoft argued ...": what the subject cites, not who speaks
        sp = classify(m.group("who"), known_people)
        if sp and sp.kind == "anonymous" and sp.who.split()[-1].lower() in _DOCUMENTS \
                and (by := _DOCUMENT_BY.match(sentence, m.end())):
            # "according to a report, “Remarriage in the United States,” released this week by the Census Bureau":
            # the body that put the document out
            sp = Speaker(f"{sp.who} by {by.group('body').strip()}", "organization")
        if sp:
            found.append(sp)
    for m in _PREPOSED.finditer(sentence):
        if _inside(quoted, m.start()):
            continue  # '"We learned nothing; both witnesses testified it was accurate."': who speaks is outside
        if _PASSIVE.search(sentence, 0, m.start()):
            continue  # "is believed to", "was reported killed": no speaker
        if _ADJECTIVE_BEFORE.search(sentence, 0, m.start()):
            continue  # "their alleged exchanges", "the reported deal": a participle used as an adjective
        if m.group(0).split()[-1] in ("added", "adds") and not _ADDED_SPEECH.match(sentence, m.end()):
            continue  # "Volvo added air bag curtains to some models", "GM added 500 workers": added a thing
        if m.group(0).split()[-1] == "charged" and not re.match(r"""\s*(?:that\b|,|["“])""", sentence[m.end():]):
            continue  # "the other suspect charged in the bombing": charged with a crime, not charging that
        if m.group(0).split()[-1] == "maintained" and _KEPT_THING.match(sentence, m.end()):
            continue  # "Microsoft had maintained its dominance": kept it, said nothing
        if m.group(0).split()[-1] in ("agreed", "concluded") \
                and re.match(r"\s*(?:on|upon|with|to|in|at|for)\b", sentence[m.end():]):
            continue  # "where leaders agreed on tariffs", "agreed to pay", "concluded in May": a deed, no statement
        verb = m.group(0).split()[-1]
        if verb in _REACTION_VERBS and _BY_DEED.match(sentence, m.end()):
            continue  # "The campaign quickly responded to the speech by posting a photo": a deed, no statement (U29 #14)
        if verb in _NOUN_VERBS and _COUNTED.search(sentence, 0, m.end() - len(verb)):
            continue  # "The Justice Department and 19 states assert": "states" counted, a noun
        if verb in _NOUN_VERBS and _NOUN_NEXT.match(sentence, m.end()):
            continue  # "Media reports in Tanzania have said": "reports" is the noun, the subject of "said"
        if _DENIAL_VERB.match(m.group(0).split()[-1]) and _DISPUTED_NOUN.search(sentence, 0, m.start()):
            continue  # "..., a claim the authority denies": the authority denies it, it is not the source
        if re.match(r"\s*", sentence[m.end():]).end() + m.end() in inverted_at \
                and (_CLAUSE_VERB.search(re.split(r"[\"”“;:]|''|``", sentence[: m.start()])[-1])
                     or re.search(r",\s*$", sentence[: m.start()])
                     and not re.search(r"\b[A-Z]", re.split(r"[\"”“;:]|''|``", sentence[: m.start()])[-1])):
            # "..., a clerk, Ella Marsh, was charged, said District Attorney Rosa Kent": the words before the verb
            # are a clause, and the speaker is after the verb; she is no speaker. After a comma and words naming
            # nobody, the verb's subject is the one after it ("... blaming parents and teachers, said Dr. Ann Cole")
            continue
        after_quote = _QUOTE_THEN_SPEAKER.search(sentence, 0, m.start())
        if after_quote and (sp := classify(after_quote.group("np"), known_people)) and sp.kind == "named":
            # '"... beyond Earth," study lead author Lucas Paganini, a planetary scientist at ..., and American
            # University in Washington, D.C., said': the name after the quotation speaks, however long its appositive
            role = ", ".join(p for p in (sp.role, after_quote.group("role").split(", and ")[0]) if p)
            found.append(Speaker(sp.who, "named", role or None))
            continue
        np = _preposed_subject(sentence[: m.start()])
        if np and (pair := joined_people(np, known_people)):
            found.extend(pair)  # "Both Vindman and Williams told lawmakers": two people, each on the record
            continue
        if np and len(np.split()) <= MAX_SPEAKER_WORDS:
            sp = classify(np, known_people)
            if sp:
                found.append(sp)
    for m in itertools.chain(_TOLD.finditer(sentence), _INTERVIEW_WITH.finditer(sentence)):
        name = outlet_name(m.group("who"))
        if name:
            found.append(Speaker(name, "outlet"))  # "told CNN", "said in an interview with CNN": CNN's, this once
    out: list[Speaker] = []
    # The dateline's outlet last: the sentence's own credit ("..., Russian media reported") is the one it relays first
    for sp in [*found, *([dateline] if dateline else [])]:
        if not any(o.who.lower() == sp.who.lower() for o in out):
            out.append(sp)
    return out


# A mark opening a quotation: at the start or after a space or bracket, before a word (a straight or wire mark) or
# anything (curly and `` marks). Double marks only, since a single one is also an apostrophe.
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[—–-]))(?:“|``|(?:''|\")(?=\w))")


_QUOTE_MARK = re.compile(r"“|”|``|''|\"")


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence quotes someone's words: from an opening double mark to its closing one; a quotation still open
    at the end runs to the end. A closing mark with no opening is left alone: the opening may be missing or misplaced
    ("said the\"terrorist\" blast"; "said it was ''very unfair.''" in a wire's marks)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(sentence):
        mark, at = m.group(0), m.start()
        if open_at is not None and mark in ("”", "''", '"'):
            spans.append((open_at, at))  # '..., " said Ann Cole': a straight mark closes what is open
            open_at = None
        elif open_at is None and (mark in ("“", "``") or _OPEN_QUOTE.match(sentence, at)):
            open_at = at
    if open_at is not None:
        spans.append((open_at, len(sentence)))
    return spans


def _inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    return any(start < at < end for start, end in spans)


# A quotation, then its speaker's name (a role in lower case may open it) and an appositive, right before the verb.
_QUOTE_THEN_SPEAKER = re.compile(r"""(?:[,.!?]["”]|,'')\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,5}(?:[A-Z][\w.'’-]*\s+){1,3}"""
                                 r"""[A-Z][\w'’-]+),\s+(?P<role>[^"“”]{3,240}?),?\s*$""")
# What follows "added" said: the end, a quotation, "that", or a clause ("added the plan was ..."), not a thing added.
_ADDED_SPEECH = re.compile(rf"""\s*(?:[,.;:!?"“”'‘’]|$|(?:\S+\s+)?\S+[,:](?=\s)|that\b|in\s+(?:a|an|the)\s|(?:\S+\s+){{0,3}}?{_AUXILIARY.pattern}|"""
                           r"(?:\S+\s+){1,3}?[a-z]{2,}ed\b)")
# "maintained its dominance", "maintained a lead": a thing kept, not a position stated ("maintained his innocence",
# "maintained the strikes were legal").
_KEPT_THING = re.compile(rf"\s+(?:its|their|his|her|the|a|an|our)\s+(?!(?:innocence|position|stance|view|views|denial|"
                         rf"claim|account|line)\b)(?!(?:\S+\s+){{1,4}}?{_AUXILIARY.pattern})[a-z]")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|it)\s+(?:[a-z]+ly\s+)?$")  # "were (formally) charged"
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\s+$", re.IGNORECASE)
_NOUN_VERBS = frozenset(["reports", "claims", "notes", "states", "posted"])
_TIME_PART = re.compile(r"^(?:(?:on|early|late|last|this|next)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday|week|month|year|weekend|night|morning|afternoon|evening)\b\s*)+$|"
                        r"^(?:yesterday|today|tonight|overnight)$", re.IGNORECASE)
_COUNTED = re.compile(r"(?:\b\d+(?:,\d{3})*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many|other|"
                      r"both|all|some|these|those|such|the two|the three))\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+(?:in|from|on|of|by|have|has|had|say|said|were|are|show|showed|would|will|could|"
                       r"should|can|may|might|must)\b")
_PRONOUN_SAID = re.compile(rf"(?:^|[,\"”’']\s*)(?:he|she)\s+{_AUX}(?:{SPEECH})\b", re.IGNORECASE)
# "said he would ...": "he" opens what was said, and the speaker is the subject of "said". That subject is the
# pronoun's person when it is left out ("Reid tempered his praise and said he was ...", "Jones did say he ..."), or
# when the verb closes the clause ("..., said he."); a noun right before the verb is the subject itself ("His
# lawyer said he would appeal", "A veterinarian at the checkpoint said she ..."), not the last person quoted.
_SAID_PRONOUN = re.compile(rf"(?<!\S)(?:(?P<prior>\S+)\s+)?(?P<before>\S{{0,40}})\s+(?:{SPEECH})\s+(?:he|she)\b"
                           rf"(?P<closes>(?=\s*(?:[,.;:!?\"”’)]|$)))?", re.IGNORECASE)
_ELIDED_SUBJECT = frozenset(["and", "but", "or", "then", "also", "later", "did", "does", "do", "has", "had", "have",
                             "will", "would", "could", "can", "may", "might", "only", "never", "once", "yet", "who",
                             "previously", "earlier", "publicly", "repeatedly", "often", "since", "again", "always", "still",
                             "even", "just", "first", "now", "too", "she", "he"])
_AUXILIARY_WORDS = frozenset(["did", "does", "do", "has", "had", "have", "will", "would", "could", "can", "may", "might"])


# "he said" / "said he", where the pronoun is who speaks or opens what is said.
_PRONOUN_SPEAKS = re.compile(rf"\b(?:he|she)\s+{_AUX}(?:{SPEECH})\b|\b(?:{SPEECH})\s+(?:he|she)\b", re.IGNORECASE)
# A subordinate clause opening right before the pronoun: its words end at the comma, and the main clause after it
# may name the pronoun's person ("Though he said he welcomed them, Bush reiterated ...").
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:though|although|when|whenever|while|as|after|before|because|if|since|once|"
                                  r"until|unless|whereas)\s+$", re.IGNORECASE)


def named_after_pronoun(sentence: str, person: str) -> bool:
    """Whether ``person`` is named in what the "he" or "she" of the sentence says or does ("He said Rodriguez would
    wait", "he told Garcia he had ...", '"... and now Justice Gorsuch has a seat," he said'): a pronoun is never
    the person named in its own clause, so its person comes from before. After "though", "when" and the like, the
    clause ends at its comma, and the main clause after it may name the pronoun's person ("When he said no, Cole
    left").

    Example:
        >>> named_after_pronoun("He said Rodriguez would wait outside.", "Edgar Rodriguez")
        True
        >>> named_after_pronoun("Rodriguez would wait outside, he said.", "Edgar Rodriguez")
        False
    """
    m = _PRONOUN_SPEAKS.search(sentence)
    if m is None or not person.split():
        return False
    after = sentence[m.end():]
    if _SUBORDINATOR_BEFORE.search(sentence, 0, m.start()):
        after = after.split(",")[0]
    return re.search(rf"\b{re.escape(person.split()[-1])}\b", after) is not None


# Words of a body's name that make it one of the state, a party, a school, a church or a union, never a business:
# "the company stated" does not mean the Justice Department, the Food and Drug Administration or UAW Local 696.
_NO_BUSINESS_WORDS = frozenset(["department", "ministry", "agency", "commission", "court", "government", "congress",
                                "administration", "office", "bureau", "police", "army", "navy", "council", "committee",
                                "senate", "parliament", "assembly", "authority", "party", "university", "college",
                                "school", "union", "local", "church", "embassy", "cabinet", "state", "states", "service",
                                "kremlin", "pentagon", "prosecutors", "attorneys", "board", "legislature", "house",
                                "republic", "kingdom", "justice", "tribunal", "regime", "federation", "league"])


def may_be_a_company(org: str) -> bool:
    """Whether a body's name may be a company's: not a department, an agency, a court, a union or a country ("the
    Justice Department", "Moscow"), which "the company" or "the firm" never stands for."""
    words = [re.sub(r"['’]s?$", "", w.lower().strip(".,")) for w in org.split()]
    return not any(w in _NO_BUSINESS_WORDS for w in words) and not _is_place(org) and not _is_country(org) \
        and not _METONYM.search(org)


# A quotation closed, then a subject that is no pronoun, then a verb of speech: "'...,' a student told LA Weekly",
# "'...,' the coach said of the loss".
_QUOTE_THEN_SUBJECT = re.compile(rf"""[,.!?…]\s*(?:[’”"]|'')\s+(?!(?:he|she|they|we|i|it|you)\b)(?P<np>[^"“”‘’,;:]{{1,80}}?)\s+"""
                                 rf"""{_AUX}(?:{SPEECH})\b""", re.IGNORECASE)


def names_own_speaker(sentence: str) -> bool:
    """Whether a sentence quoting someone names who speaks after the quotation ("'We are here,' a student told LA
    Weekly"), however that speaker reads: its words are never the previous sentence's speaker's.

    Example:
        >>> names_own_speaker("“We are here,” a student told LA Weekly."), names_own_speaker("“We are here,” he said.")
        (True, False)
    """
    return _QUOTE_THEN_SUBJECT.search(sentence) is not None


def pronoun_is_speaker(sentence: str) -> bool:
    """True when "he" or "she" is the subject of the speech verb ("..., he said."; "She says ..."), not the opening
    of what was said ("... but said he was ...")."""
    return _PRONOUN_SAID.search(sentence) is not None or bool(re.match(rf"(?:he|she)\s+{_AUX}(?:{SPEECH})\b", sentence, re.IGNORECASE))


def uses_pronoun_speaker(sentence: str) -> bool:
    """True when the sentence is attributed to "he" or "she" ("..., he said.")."""
    from newsdesk.compare.transcript import turn_shaped  # a leaf beside this module, which imports it

    if turn_shaped(sentence):
        return False  # "GEORGE WU: --he says he did it": a turn speaks of someone, not of the last person quoted
    if _PRONOUN_SAID.search(sentence):
        return True
    return any(m.group("closes") is not None or _left_out_subject(m.group("prior"), m.group("before").lower())
               or m.group("before").endswith("ly") for m in _SAID_PRONOUN.finditer(sentence))


def _left_out_subject(prior: str | None, before: str) -> bool:
    """Whether the subject of "[prior] [before] said he" is the pronoun's person, left out ("... and has said he") or
    named ("Jones did say he"), rather than a common noun right before an auxiliary ("Many in the club have said he
    should go", "The victim has said she ...": the club's members or the victim speak, not the last person quoted)."""
    if before not in _ELIDED_SUBJECT:
        return False
    if before not in _AUXILIARY_WORDS or prior is None or prior[-1] in ",;:\"”’(" or prior[:1].isupper() \
            or prior.lower() in ("himself", "herself"):  # "Cole herself has said she will retire"
        return True
    return prior.lower() in _ELIDED_SUBJECT


_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,60}\((?P<o>[A-Za-z][\w .&-]{1,30})\)\s*[-—–_]")
_REPORTS_COLON = re.compile(r"(?P<o>(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*)\s+(?:reports|reported|said|wrote)\s*:\s*$")
_ADDITIONAL = re.compile(r"\b(?:additional )?reporting by\s+(?P<o>[^,;.\n]{2,60})", re.IGNORECASE)
_CREDIT = re.compile(
    r"(?P<o>(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){0,3}[A-Z][\w.&'-]*(?:\s+news agency)?)\s+"
    r"(?:has\s+|had\s+)?(?:reported|reports|said in a report|quoted)\b"
)


def article_credits(text: str) -> Counter[str]:
    """Outlets an article says it relays, weighted: datelines and "X reports:" count 3, sign-offs 2, others 1."""
    return sum((_paragraph_credits(p) for p in _paragraphs(text)), Counter())


def _paragraphs(text: str) -> list[str]:
    """The article's paragraphs as its credits are read: blocks or lines, blank ones left out."""
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _paragraph_credits(para: str) -> Counter[str]:
    """The weighted credits of one paragraph (see ``article_credits``), in the order they are read."""
    credits: Counter[str] = Counter()
    m = _DATELINE.match(para)
    if m and outlet_name(m.group("o")):
        credits[outlet_name(m.group("o"))] += 3  # type: ignore[index]
    m = _REPORTS_COLON.search(para)
    if m and outlet_name(m.group("o")):
        credits[outlet_name(m.group("o"))] += 3  # type: ignore[index]
    for m in _ADDITIONAL.finditer(para):
        name = outlet_name(m.group("o"))
        if name:
            credits[name] += 2
    for m in _CREDIT.finditer(para):
        name = outlet_name(m.group("o"))
        if name:
            credits[name] += 1
    for m in _TOLD.finditer(para):
        name = outlet_name(m.group("who"))
        if name and not _interview_only(para, m.start(), name):
            credits[name] += 1
    return credits


def _interview_only(para: str, told_at: int, outlet: str) -> bool:
    """Whether what someone "told" an outlet (at ``told_at``) is that outlet's for those words only, not a report the
    whole article relays: an unnamed witness ("a resident told Channel 9", "a student told the Lanmore Weekly"), or a
    named person talking to an outlet that is no news agency ("Mayor Ann Cole told the Gazette"). "Two sources told
    Reuters", "a company spokesman told Reuters" and "Chief Executive Ann Cole told Reuters" are the outlet's own
    sourcing of the news, which other outlets rewrite (review R30)."""
    start = max(para.rfind(". ", 0, told_at), para.rfind("? ", 0, told_at), para.rfind("! ", 0, told_at)) + 1
    end = min((at for at in (para.find(mark, told_at) for mark in (". ", "? ", "! ")) if at >= 0), default=len(para))
    found = sentence_speakers(para[start:end + 1].strip())
    agency = canonical_outlet(outlet) in NEWS_AGENCIES
    return any(sp.kind == "anonymous" and not _SOURCING_HEAD.search(sp.who) or sp.kind == "named" and not agency
               for sp in found)


# Who gives an outlet the news itself, unnamed: "two sources told Reuters", "an official told AP", "a company
# spokesman told Reuters"; not a resident or a student telling a station what they saw.
_SOURCING_HEAD = re.compile(r"\b(?:sources?|officials?|diplomats?|insiders?|aides?|spokes(?:man|woman|person|men|women|people)|"
                            r"executives?|ministers?|representatives?|negotiators?|investigators?|officers?)\b",
                            re.IGNORECASE)


def primary_relay(text: str) -> str | None:
    """The outlet an article mainly relays (highest weighted credit, earliest on ties), if any. A single passing
    credit (weight 1: "..., CNN reports", "according to CNN") makes the relay only in the article's lead (its first
    LEAD_PARAGRAPHS paragraphs), where a rewrite says whose report it rewrites; further down, a live blog or a long
    story quoting another outlet once relays that outlet for that sentence only (its own credit), not for all."""
    per_paragraph = [_paragraph_credits(p) for p in _paragraphs(text)]
    credits = sum(per_paragraph, Counter())
    if not credits:
        return None
    best, weight = credits.most_common(1)[0]
    if weight >= 2:
        return best
    return best if any(best in c for c in per_paragraph[:LEAD_PARAGRAPHS]) else None


LEAD_PARAGRAPHS = 3
