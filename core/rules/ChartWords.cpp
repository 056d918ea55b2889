#include "rules/ChartWords.h"

namespace wcw::rules {
namespace {

using W = LiteralPattern::Word;

// A whole word: \bword\b.
W whole(const char* text)
{
    return {QString::fromLatin1(text), true, true};
}

W part(const char* text)
{
    return {QString::fromLatin1(text), false, false};
}

} // namespace

const LiteralPattern& leftSideWords()
{
    static const LiteralPattern p({whole("l"), whole("left"), whole("lue"), whole("lle")});
    return p;
}

const LiteralPattern& rightSideWords()
{
    static const LiteralPattern p({whole("r"), whole("right"), whole("rue"), whole("rle")});
    return p;
}

const LiteralPattern& bothSidesWords()
{
    static const LiteralPattern p({part("bilat"), part("bilateral"), whole("both"), part("symmetric"),
                                   part("all 4"), part("all four"), whole("x4"), whole("x 4"),
                                   part("throughout"), part("all extremities")});
    return p;
}

const LiteralPattern& lowerLimbWords()
{
    static const LiteralPattern p({part("leg"), part("lower"), {QStringLiteral("le"), false, true}});
    return p;
}

const LiteralPattern& normalStateWords()
{
    static const LiteralPattern p(
        {whole("normal"), whole("expected"), whole("physiologic"), whole("physiological")});
    return p;
}

const LiteralPattern& sequelaWords()
{
    static const LiteralPattern p({part("residual"), part("sequela"), part("following"), whole("old"),
                                   part("post-stroke"), part("post stroke"), whole("h/o"),
                                   part("history of")});
    return p;
}

const LiteralPattern& unrelatedWords()
{
    static const LiteralPattern p({whole("unrelated"), part("not related to"), part("independent of"),
                                   part("separate problem"), part("separate condition"),
                                   part("separate issue")});
    return p;
}

} // namespace wcw::rules
