// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/answerscalars.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <limits>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Advances past one or more digits; false when there is none.
bool digits(std::string_view text, size_t *at)
{
    const size_t start = *at;
    while (*at < text.size() && isDigit(text[*at]))
        ++*at;
    return *at > start;
}

// RFC 8259's number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
bool isJsonNumber(std::string_view text)
{
    size_t at = 0;
    if (at < text.size() && text[at] == '-')
        ++at;
    if (at < text.size() && text[at] == '0')
        ++at;
    else if (at >= text.size() || !digits(text, &at))
        return false;
    if (at < text.size() && text[at] == '.') {
        ++at;
        if (!digits(text, &at))
            return false;
    }
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        if (at < text.size() && (text[at] == '+' || text[at] == '-'))
            ++at;
        if (!digits(text, &at))
            return false;
    }
    return at == text.size();
}

} // namespace

std::optional<double> AnswerScalars::numberFromText(std::string_view text)
{
    if (!isJsonNumber(text))
        return std::nullopt;
    double value = 0;
    // from_chars rounds correctly, as the JSON parsers do, so a number and its text agree.
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> AnswerScalars::integer(double value)
{
    if (!std::isfinite(value) || std::floor(value) != value ||
        value < double(std::numeric_limits<int>::min()) ||
        value > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(value);
}

std::optional<int> AnswerScalars::integerFromText(std::string_view text)
{
    const std::optional<double> value = numberFromText(text);
    return value ? integer(*value) : std::nullopt;
}

QString AnswerScalars::textFromNumber(double value)
{
    constexpr double Exact = 9007199254740992.0; // 2^53: every whole double below is exact
    if (std::floor(value) == value && std::fabs(value) < Exact)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString AnswerScalars::decimalText(double value)
{
    return QString::number(value, 'g', 15);
}
