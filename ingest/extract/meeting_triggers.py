"""Meeting triggers: where a sentence says that a meeting happened.

The phrases of `data/meeting_verbs.tsv` ("held talks with", "received", "co-chaired",
"phone talks" …), each with its kind and CAMEO code, found where no plan governs them
("will meet", "agreed to hold talks"). `meetings.py` pairs the actors around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.countries import WordStarts
from ingest.extract.cues import (
    cues_by_sentence,
    first_letters,
    lowered,
    minimal,
    scan_first,
    word_starts,
)
from ingest.extract.sentences import Span

_DATA = Path(__file__).parent.parent / "data"


@dataclass(frozen=True)
class Trigger:
    pattern: str
    kind: str
    cameo: str
    first_words: tuple[str, ...]
    cues: tuple[str, ...]  # every match holds one of these (lower case)
    reach: int = 0  # if set: the first object must start within this many characters


def _load_triggers() -> list[Trigger]:
    rows = []
    for line in (_DATA / "meeting_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, kind, cameo, first, cues, *reach = line.split("\t")
            rows.append(
                Trigger(
                    pattern,
                    kind,
                    cameo,
                    tuple(first.split(",")),
                    tuple(cues.split(",")),
                    int(reach[0]) if reach else 0,
                )
            )
    return rows


_TRIGGERS = _load_triggers()


def _trigger_pattern(indexes: list[int]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<t{i}>{_TRIGGERS[i].pattern})" for i in indexes)
    return re.compile(r"(?:" + alternatives + r")\b", re.IGNORECASE)


def _by_first_word() -> dict[str, re.Pattern[str]]:
    """For each word a trigger opens with, the triggers that open with it (in file order):
    at a candidate only those few are tried."""
    indexes: dict[str, list[int]] = {}
    for i, trigger in enumerate(_TRIGGERS):
        for word in trigger.first_words:
            indexes.setdefault(word, []).append(i)
    return {word: _trigger_pattern(found) for word, found in indexes.items()}


_TRIGGER_BY_WORD = _by_first_word()
_CUES = minimal(cue for t in _TRIGGERS for cue in t.cues)  # a sentence without any: no trigger


def _first_words_by_cue() -> dict[str, frozenset[str]]:
    """For each cue of `_CUES`, the words that open the triggers it may stand for (those
    with a cue holding it): a sentence is tried only where those words stand."""
    return {
        cue: frozenset(
            w for t in _TRIGGERS if any(cue in own for own in t.cues) for w in t.first_words
        )
        for cue in _CUES
    }


_FIRST_WORDS_BY_CUE = _first_words_by_cue()
_FIRST_WORD = re.compile(r"\w+")
PHONE = next(t for t in _TRIGGERS if t.kind == "phone_call")
_REMOTE = re.compile(r"phone|video|virtual|online", re.IGNORECASE)
REMOTE_AFTER = re.compile(
    r"\b(?:(?:by|over|via|on) (?:the )?(?:tele)?phone|via (?:a )?video|"
    r"(?:by|via|through) (?:a )?video ?(?:link|conference|call)|via videoconference|"
    r"virtually|online)\b"
)
# Python's `re` tries every alternative at every position; a trie of the words a
# trigger can start with (as written, capitalised or in capitals: a case-sensitive
# pattern lets `re` jump between candidate letters) finds the few places worth trying.
_TRIGGER_START = WordStarts(
    {v for t in _TRIGGERS for w in t.first_words for v in (w, w.capitalize(), w.upper())},
    after=r"(?!\w)",
)
# A trigger governed by these is a plan, wish or proposal, not a meeting that happened.
_PLAN_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|must|could|might|may|can|to|plans?|planned|expected|"
    r"scheduled|set|going|agreed|agree|"
    r"propos\w*|invit\w*|hopes?|wish\w*|look\w* forward to|ready|upcoming|next|future|"
    r"preparing|prepare|before|ahead of)\s+(?:\w+[ -]){0,2}$"
)  # case-sensitive: "to hold talks" is a plan, "President To Lam held talks" is not


def sentence_triggers(text: str, sentences: list[Span]) -> list[list[tuple[int, int, Trigger]]]:
    """Each sentence's meeting triggers (`meeting_triggers_in`). Only the sentences holding a cue
    of some trigger (one scan of the article) are read, and only where a word opening
    one of the triggers their cues stand for stands."""
    found: list[list[tuple[int, int, Trigger]]] = [[] for _ in sentences]
    low = lowered(text)
    for n, cues in cues_by_sentence(text, sentences, _CUES).items():
        # One trie per cue (a bounded set, each compiled once), not one per set of cues
        starts = {
            pos
            for cue in cues
            for pos in word_starts(text, low, sentences[n], _FIRST_WORDS_BY_CUE[cue])
        }
        found[n] = meeting_triggers_in(text, sentences[n], sorted(starts))
    return found


def meeting_triggers_in(
    text: str, sentence: Span, starts: list[int] | None = None
) -> list[tuple[int, int, Trigger]]:
    """Meeting triggers of the sentence that are no plans: the patterns are tried only
    where a word a trigger opens with stands (`starts`, when already found)."""
    found: list[tuple[int, int, Trigger]] = []
    if starts is None:
        starts = _TRIGGER_START.starts(text, sentence.start, sentence.end)
    for start in starts:
        word = _FIRST_WORD.match(text, start)
        pattern = _TRIGGER_BY_WORD.get(word.group().lower()) if word else None
        match = pattern.match(text, start, sentence.end) if pattern else None
        if match is None or (found and match.start() < found[-1][1]):
            continue
        trigger = _TRIGGERS[int(match.lastgroup[1:])]  # type: ignore[index]
        if trigger.kind != "phone_call" and _REMOTE.search(match.group()):
            trigger = PHONE  # "held phone talks", "held virtual talks"
        before = text[max(sentence.start, match.start() - 60) : match.start()]
        plan = (
            (scan_first(_PLAN_BEFORE, _PLAN_STARTS, before) and not _first_to(before))
            or _modal_clause(text, max(sentence.start, match.start() - 160), match.start())
            or _present_with_future_time(text, sentence, match.start(), before)
        )
        if plan or _modifies_noun(text, match.end(), before, trigger):
            continue
        if _called_off(text, match.start(), match.end(), sentence.end):
            continue
        found.append((match.start(), match.end(), trigger))
    return found


# "The press conference with X was cancelled", "Y called off his meeting with Z": a
# meeting that did not take place
_CALLED_OFF_AFTER = re.compile(
    r"(?:(?!\b(?:after|before|when|as|because|while|since|but)\b)[^.;:,]){0,80}?"
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?"
    r"(?:cancell?ed|called off|postponed|scrapped)\b"
)
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:cancell?ed|cancell?ing|called off|postponed|scrapped)\s+(?:\w+\s+){0,2}$"
)
_CALLED_OFF_WORDS = ("cancel", "called off", "postpone", "scrapped")


def _called_off(text: str, start: int, end: int, sentence_end: int) -> bool:
    """Whether the meeting at `start`-`end` was cancelled or postponed."""
    window = text[max(0, start - 40) : min(sentence_end, end + 100)]
    if not any(word in window for word in _CALLED_OFF_WORDS):
        return False
    return bool(
        _CALLED_OFF_AFTER.match(text, end, sentence_end)
        or _CALLED_OFF_BEFORE.search(text, max(0, start - 40), start)
    )


# "A and B will also witness the signing of the minutes of the Joint Commission Meeting
# between …": a modal heading the clause the trigger stands in (no comma between them)
# makes all of it a plan, however far the trigger is from the modal; a subordinate
# clause between them ("what will be their first talks since they met") is its own.
_MODAL_CLAUSE = re.compile(
    r"\b(?:will|shall)\s+(?:also\s+|then\s+|later\s+)?[a-z]+\b"
    r"(?:(?!\b(?:since|after|when|while|as|following|before|because)\b)[^,;:.])*$"
)


def _modal_clause(text: str, start: int, end: int) -> bool:
    """Whether a modal opens the clause that reaches `end` (`_MODAL_CLAUSE`); the
    cheap substring test spares the regex in the many sentences without one."""
    window = text[start:end]
    return ("will " in window or "shall " in window) and bool(_MODAL_CLAUSE.search(window))


# "Britain is set to upgrade ties next week as Starmer meets Lam": a trigger in the
# present tense whose clause names a time to come is a schedule, not a report (a present
# tense alone is not: captions say "PM Chinh (R) meets Ambassador X").
_FUTURE_TIME = re.compile(
    r"\b(?:next (?:week|month|year|[A-Z][a-z]+day)|tomorrow|later (?:this|in the) (?:week|month))\b"
)
_FUTURE_WORDS = ("next ", "tomorrow", "later ")  # every `_FUTURE_TIME` match holds one
_PAST_FORMS = frozenset({"met", "held", "had", "paid", "gave", "threw"})
_CLAUSE_END = re.compile(r"[,;:]")
_VERB = re.compile(r"\w+")


def _present_with_future_time(text: str, sentence: Span, start: int, before: str) -> bool:
    """Whether the trigger at `start` is not in the past tense and a time to come
    (`_FUTURE_TIME`) stands just before it (`before`) or after it in its clause."""
    verb = _VERB.match(text, start)
    if verb is None or verb.group().lower() in _PAST_FORMS or verb.group().endswith("ed"):
        return False
    comma = _CLAUSE_END.search(text, start, sentence.end)
    window = before + text[start : comma.start() if comma else sentence.end]
    if not any(word in window for word in _FUTURE_WORDS):
        return False  # the cheap test first: most sentences name no time to come
    return bool(_FUTURE_TIME.search(window))


# "was the first foreign leader to meet X": a rank among those who did, not a plan
_FIRST_TO = re.compile(
    r"\b(?:first|second|third|last|only)\b(?:\s+[\w-]+){0,3}?\s+(?:leaders?|heads?\s+of\s+"
    r"(?:state|government)|presidents?|officials?|dignitar(?:y|ies)|guests?|visitors?|one)"
    r"\s+to\s+$",
    re.IGNORECASE,
)
# "will be the first leader to meet", "is set to become the first": the rank is planned
_TO_BECOME = re.compile(r"\b(?:will|would|shall|to|may|might|could)\s+(?:\w+\s+)?(?:be|become)\b")


def _first_to(before: str) -> bool:
    return (
        any(word in before for word in ("irst", "econd", "hird", "ast", "nly"))
        and bool(_FIRST_TO.search(before))
        and not _TO_BECOME.search(before)
    )


# The words `_PLAN_BEFORE` opens with: it is tried only where one stands (`cues.scan`)
_PLAN_STARTS = re.compile(
    first_letters(
        ["will", "would", "shall", "should", "must", "could", "might", "may", "can", "to"]
        + ["plan", "plans", "planned", "expected", "scheduled"]
        + ["set", "going", "agreed", "agree", "propos", "invit", "hope", "wish", "look"]
        + ["ready", "upcoming", "next", "future", "preparing", "prepare", "before", "ahead"]
    )
)
_BY = re.compile(r"\s+by\b")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")
# "the ambassadors received by the President": a participle after people is their meeting
_PEOPLE_BEFORE = re.compile(
    r"\b(?:[Aa]mbassadors|[Ee]nvoys|[Dd]iplomats|[Gg]uests|[Dd]elegates|[Dd]elegations|"
    r"[Ll]eaders|[Mm]inisters|[Oo]fficials|[Hh]igh [Cc]ommissioners)"
    r"(?:\s+(?:of|from)(?:\s+[\w-]+){1,4})?\s+$"  # "… of the friendly countries received by"
)


def _modifies_noun(text: str, end: int, before: str, trigger: Trigger) -> bool:
    """ "the summit hosted by X", "a dinner hosted by Y": a bare verb's participle with
    "by" that describes a thing is no meeting; "was warmly received by Y" is one."""
    return bool(
        trigger.reach
        and _BY.match(text, end)
        and not _PASSIVE.search(before)
        and not _PEOPLE_BEFORE.search(before)
    )
