"""The person an article names in a role, for a speaker given by that role alone ("the judge", "Kushner's attorney").

A story names a judge or a lawyer once ("State District Judge Ann Cole", "Mr. Reed's attorney, Dan Ruiz", "Dan
Ruiz, a lawyer for Reed,") and then calls them by the role ("the judge said", "Reed's attorney said"). That speaker is
on the record, not anonymous. A role resolves only when the article names exactly one person in it (for the same
client, where the role says whose it is); an indefinite role ("a lawyer said") resolves only with its client
("an attorney for Reed said"), since another, unnamed lawyer may speak.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Roles a story names once and then uses for the same person, in groups of words that mean the same role.
_ROLE_GROUPS = {
    "judge": "judge", "judges": "judge",
    "attorney": "lawyer", "attorneys": "lawyer", "lawyer": "lawyer", "lawyers": "lawyer",
    "prosecutor": "prosecutor", "prosecutors": "prosecutor",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "coroner": "coroner", "sheriff": "sheriff", "coach": "coach", "publicist": "publicist",
    # an expert a story names once ("Thomas Tullius, a professor of chemistry", "Professor Thomas D. Tullius") and
    # then quotes as "the professor" (U28 #7: shown as an anonymous source)
    "professor": "professor", "professors": "professor",
    "researcher": "researcher", "researchers": "researcher", "scientist": "researcher", "scientists": "researcher",
    "doctor": "doctor", "doctors": "doctor", "physician": "doctor", "physicians": "doctor",
    "analyst": "analyst", "analysts": "analyst", "economist": "economist", "economists": "economist",
    # an officer or an official named once by rank or office ("Admiral Mikhail Motsak, chief of the fleet", "Trade
    # Commissioner Ann Cole") and then as "the admiral", "the commissioner" (U30 #8: shown as an anonymous source)
    "admiral": "admiral", "commissioner": "commissioner",
}
_HEAD = "|".join(sorted(_ROLE_GROUPS, key=len, reverse=True))
_NAME = r"(?:[A-Z](?:[\w'’-]+\.?|\.)\s+){1,2}[A-Z][\w'’-]*[\w-](?!['’]s\b)"  # "Ann Cole", "Thomas P. Jackson"
_OWNER = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?P<owner>[A-Z][\w'’-]+)['’]s?"
# Words describing the role between its article and its noun ("the federal judge"), no preposition ("the
# statement from (attorney ...)").
_MODS = r"(?:(?!(?:of|for|from|to|by|with|in|on|at|and|or|that|who)\s)[a-z][\w-]*\s+){0,3}"
# "Judge Ann Cole", "U.S. District Judge Thomas P. Jackson": the role as a title before the name.
_TITLE_THEN_NAME = re.compile(rf"(?P<office>\b(?:District|County|City|U\.S\.|State's|Prosecuting)\s+)?"
                              rf"\b(?P<head>{_HEAD.title()}|{_HEAD})\s+(?!General\b|Generals\b)(?P<name>{_NAME})\b")
# "Reed's attorney, Dan Ruiz", "the judge, Ann Cole of ...", "his lawyer Dan Ruiz".
_ROLE_THEN_NAME = re.compile(rf"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)|{_OWNER})\s+{_MODS}(?P<head>{_HEAD})\b,?\s+"
                             rf"(?P<name>{_NAME})\b")
# "Dan Ruiz, Reed's attorney,", "Dan Ruiz, a lawyer for Reed,", "Dan Ruiz, one of Reed's court-appointed lawyers".
_NAME_THEN_ROLE = re.compile(rf"\b(?P<name>{_NAME}),\s+(?:one\s+of\s+)?(?:(?:the|a|an|his|her|their)\s+|{_OWNER}\s+)"
                             rf"{_MODS}(?P<head>{_HEAD})\b(?:\s+(?:for|to|of)\s+(?:[a-z][\w-]*\s+|[A-Z][\w.]*\s+)*?"
                             r"(?P<client>[A-Z][\w'’-]+)(?=[\s,.;]))?")
# A speaker given by a role: "the judge", "the federal judge", "Kushner's attorney", "his lawyer", "an attorney".
_ROLE_SPEAKER = re.compile(rf"^(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|{_OWNER})\s+{_MODS}(?P<head>{_HEAD})"
                           r"(?P<tail>\s+(?:for|to)\s+(?:[a-z][\w-]*\s+|[A-Z][\w.]*\s+)*?(?P<client>[A-Z][\w'’-]+))?$")
_CLIENT_AFTER = re.compile(r"\s+(?:for|to)\s+(?:[a-z][\w-]*\s+|[A-Z][\w.]*\s+)*?(?P<client>[A-Z][\w'’-]+)"
                           r"(?=\s+(?:said|says|told|on|in|at)\b|[,.;])")
_NOT_NAMES = frozenset(["The", "A", "An", "He", "She", "They", "It", "In", "On", "At", "But", "And"])
# The authors of a study an article reports, named as they write ("wrote Molto and Sheldrick in their paper", "Molto
# and Sheldrick wrote"): who "the researchers said" means when the article names no other team (U29 #14).
_PERSON = r"(?:(?:Dr|Prof|Professor)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
_TEAM = rf"(?P<team>{_PERSON}(?:,\s+{_PERSON}){{0,4}},?\s+and\s+{_PERSON})"  # a team of six at most: linear
_AUTHORS = (re.compile(rf"\b(?:wrote|write|writes|reported|report|reports)\s+{_TEAM}\s+in\s+(?:a|an|the|their)\s+"
                       r"(?:[\w-]+\s+){0,3}(?:paper|study|report|article|journal)\b"),
            re.compile(rf"(?:^|[,;:\"“”'`]\s*){_TEAM}\s+(?:wrote|write|writes)\b"))
_STUDY = re.compile(r"\b(?:paper|study|studies|journal|findings|research)\b")
_TEAM_ROLES = frozenset(["researchers", "scientists", "authors"])


@dataclass(frozen=True, slots=True)
class RoleHolder:
    """A person an article names in a role, and whose role it is ("Reed" for "Reed's attorney"), if it says."""

    role: str  # the group of words for the role: "judge", "lawyer", "spokesperson", ...
    person: str
    client: str | None


def role_holders(sentences: Sequence[str]) -> list[RoleHolder]:
    """Every person the sentences name in a role, with the role's client when given, in order.

    Example:
        >>> role_holders(["State District Judge Ann Cole barred it.", "Reed's attorney, Dan Ruiz, said no."])
        [RoleHolder(role='judge', person='Ann Cole', client=None), RoleHolder(role='lawyer', person='Dan Ruiz', client='Reed')]
    """
    found: list[RoleHolder] = []
    for sentence in sentences:
        for m in _TITLE_THEN_NAME.finditer(sentence):
            # "District Attorney Cal Rerucha" prosecutes; "Attorney Dan Ruiz" defends
            role = "prosecutor" if m.group("office") and m.group("head").lower() == "attorney" else _ROLE_GROUPS[m.group("head").lower()]
            found.append(RoleHolder(role, m.group("name"), None))
        for m in _ROLE_THEN_NAME.finditer(sentence):
            owner = m.groupdict().get("owner")
            if m.group("name").split()[0] not in _NOT_NAMES:
                found.append(RoleHolder(_ROLE_GROUPS[m.group("head").lower()], m.group("name"), owner))
        for m in _NAME_THEN_ROLE.finditer(sentence):
            name = m.group("name")
            if name.split()[0] in _NOT_NAMES:
                continue
            found.append(RoleHolder(_ROLE_GROUPS[m.group("head").lower()], name, m.group("owner") or m.group("client")))
        found.extend(RoleHolder("researchers", team, None) for team in study_authors(sentence))
    return found


def study_authors(sentence: str) -> list[str]:
    """The teams a sentence names as writing a study ("wrote El Molto and Peter Sheldrick in their paper",
    "Molto and Sheldrick wrote"), each as written, without a title ("Molto and Sheldrick")."""
    teams = [m.group("team") for m in _AUTHORS[0].finditer(sentence)]
    if _STUDY.search(sentence):  # "X and Y wrote" is a study's team only beside the study ("Senators X and Y wrote to ...")
        teams += [m.group("team") for m in _AUTHORS[1].finditer(sentence)]
    return [re.sub(r"\b(?:Dr|Prof|Professor)\.?\s+", "", t) for t in teams if t.split()[0] not in _NOT_NAMES]


def _surnames(team: str) -> frozenset[str]:
    """The surnames of a team ("El Molto and Peter Sheldrick" -> {molto, sheldrick})."""
    return frozenset(part.split()[-1].lower() for part in re.split(r",\s+and\s+|,\s+|\s+and\s+", team) if part.split())


def role_holder(who: str, sentence: str, holders: Sequence[RoleHolder]) -> str | None:
    """The one person the article names in the role a speaker is given by ("the judge" -> "Ann Cole"), or None when
    the speaker is no role of that kind, or none or several people hold it (for the same client)."""
    m = _ROLE_SPEAKER.match(who.strip())
    if m is None:
        return None
    client = m.group("owner")
    indefinite = m.group("det").lower() in ("a", "an")
    if m.group("tail"):  # "an attorney for Reed": the client in the speaker's own words
        client = m.group("client")
    elif indefinite:
        at = sentence.find(who)
        after = _CLIENT_AFTER.match(sentence, at + len(who)) if at >= 0 else None
        if after is None:
            return None  # "a lawyer said": maybe one the article never names
        client = after.group("client")
    if m.group("head").lower() in _TEAM_ROLES and m.group("det").lower() == "the" and not m.group("tail"):
        # "the researchers said": the study's authors when the article names one team (by surnames), the fullest
        teams = {h.person for h in holders if h.role == "researchers"}
        if len({_surnames(t) for t in teams}) == 1:
            return max(teams, key=len)
        return None
    if m.group("head").lower().endswith("s") and m.group("head").lower() != "counsel":
        return None  # "his lawyers said": the team, not the one lawyer the article names
    role = _ROLE_GROUPS[m.group("head").lower()]
    people = {h.person for h in holders
              if h.role == role and (client is None or h.client is None and not indefinite or h.client == client)}
    people = {p for p in people if not any(p != q and p.split()[-1] == q.split()[-1] and len(q) > len(p) for q in people)}
    return next(iter(people)) if len(people) == 1 else None


# Relatives an article introduces by kin ("Matthew Shepard's mother, Judy,", "his wife, Judy Shepard", "Shepard's
# mother asked ..."): who "Mrs. Shepard said" is, rather than the only Shepard named in full (U29 #2: her son).
_FEMALE_KIN = frozenset(["mother", "wife", "daughter", "sister", "widow", "grandmother", "aunt", "niece", "stepmother",
                         "stepdaughter", "granddaughter"])
_MALE_KIN = frozenset(["father", "husband", "son", "brother", "widower", "grandfather", "uncle", "nephew", "stepfather",
                       "stepson", "grandson"])
_KIN = "|".join(sorted(_FEMALE_KIN | _MALE_KIN, key=len, reverse=True))
_KIN_INTRO = re.compile(rf"\b(?P<owner>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w-]+)['’]s?\s+(?:[a-z]+\s+)?(?P<kin>{_KIN})\b"
                        r"(?:,?\s+(?P<given>[A-Z][a-z][\w'’-]*)(?:\s+(?P<surname>[A-Z][a-z][\w'’-]*))?(?=[\s,.;]))?")
_HONORIFIC = re.compile(r"\b(?P<h>Mrs|Ms|Miss|Mr)\.?\s+(?P<surname>[A-Z][\w'’-]+)")
_HONORIFIC_FEMALE = frozenset(["mrs", "ms", "miss"])


def kin_relatives(sentences: Sequence[str]) -> list[RoleHolder]:
    """Every relative the sentences introduce by kin: role = the kin word, client = whose relative, person = the
    relative's full name when the article gives a given name ("Matthew Shepard's mother, Judy" -> Judy Shepard), else
    "" ("Shepard's mother asked Congress ...")."""
    found: list[RoleHolder] = []
    for sentence in sentences:
        for m in _KIN_INTRO.finditer(sentence):
            owner = m.group("owner")
            if owner.split()[0] in _NOT_NAMES and len(owner.split()) == 1:
                continue
            given = m.group("given")
            person = f"{given} {m.group('surname') or owner.split()[-1]}" if given and given not in _NOT_NAMES else ""
            found.append(RoleHolder(m.group("kin").lower(), person, owner))
    return found


def honorific_speaker(who: str, sentence: str, relatives: Sequence[RoleHolder]) -> str | None:
    """Who a named speaker is when the sentence calls them by an honorific and a surname ("Mrs. Shepard said") and
    the article introduces a relative of that surname whose kin agrees with the honorific: that relative when the
    article names one ("Judy Shepard"), else the honorific and surname as written ("Mrs. Shepard": not the son the
    article names in full). None: the speaker stands as resolved."""
    words = who.split()
    if not words:
        return None
    m = next((h for h in _HONORIFIC.finditer(sentence) if h.group("surname") == words[-1]), None)
    if m is None:
        return None
    kin = _FEMALE_KIN if m.group("h").lower() in _HONORIFIC_FEMALE else _MALE_KIN
    family = [r for r in relatives if r.client and r.client.split()[-1] == words[-1]]
    alike = [r for r in family if r.role in kin]
    if m.group("h") == "Mr" and " " in who and alike:
        return None  # "Mr. Reed said" after "John Reed ... Reed's son, Tom": the father as much as the son
    named = {r.person for r in alike if r.person}
    if len(named) == 1:
        return next(iter(named))
    contrary = any(r.person == who and r.role not in kin for r in family)  # "his son, Tom Reed": not "Mrs. Reed"
    if (alike or contrary) and not named and who != m.group(0):
        return f"{m.group('h')}. {words[-1]}"
    return None
