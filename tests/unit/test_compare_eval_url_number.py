"""The number injection of `eval compare` changes a figure of a fact, never a web address or a code."""

import random

from newsdesk.evaluation.compare_eval import perturb_number


def test_no_number_inside_a_link_is_changed():
    s = "Let's flip the House next year pic.twitter.com/41uj6l3yt7 — Jo Roe (@joroe) April 1, 2017"
    assert perturb_number(s, random.Random(1), {}) is None


def test_the_figure_beside_a_link_is_changed():
    s = "Police said 12 people were hurt, see example.org/a1b2c3 for the list."
    new = perturb_number(s, random.Random(1), {})
    assert new is not None and "12 people" not in new and "example.org/a1b2c3" in new


def test_the_unit_of_a_compound_number_word_is_not_changed_alone():
    s = "Seventy-six passengers were rescued from the ferry off Lanmore, the coastguard said."
    new = perturb_number(s, random.Random(1), {})
    assert new is None or "Seventy-twelve" not in new
    assert perturb_number("The six crew members were rescued, the coastguard said.", random.Random(1), {}) == \
        "The twelve crew members were rescued, the coastguard said."
