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
