#pragma once
// The small word lists the chart reading asks of a note or a span: sides, limbs, sequela and
// normal-state wording. Each is a LiteralPattern, so ASCII notes are answered without PCRE.
#include "rules/LiteralPattern.h"

namespace wcw::rules {

const LiteralPattern& leftSideWords();  // \b(?:L|left|LUE|LLE)\b
const LiteralPattern& rightSideWords(); // \b(?:R|right|RUE|RLE)\b
// bilat|bilateral|\bboth\b|symmetric|all (?:4|four)|\bx ?4\b|throughout|all extremities
const LiteralPattern& bothSidesWords();
const LiteralPattern& lowerLimbWords();   // leg|lower|LE\b
const LiteralPattern& normalStateWords(); // \b(?:normal|expected|physiologic(?:al)?)\b
// residual|sequela|following|\bold\b|post[- ]stroke|\bh/o\b|history of
const LiteralPattern& sequelaWords();
// \bunrelated\b|not related to|independent of|separate (?:problem|condition|issue)
const LiteralPattern& unrelatedWords();

} // namespace wcw::rules
