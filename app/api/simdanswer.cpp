// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/simdanswer.h"

#include "api/answerscalars.h"

#include <cstring>
#include <string>

using simdjson::SUCCESS;
using simdjson::ondemand::json_type;

bool SimdAnswer::iterate(QByteArrayView body, simdjson::ondemand::document *document)
{
    // One parser and one padded copy per thread, reused: simdjson reads SIMDJSON_PADDING bytes
    // past the end, which a QByteArray does not promise to own, and this is the only copy.
    thread_local simdjson::ondemand::parser parser;
    thread_local std::string padded;
    const size_t size = size_t(body.size());
    padded.resize(size + simdjson::SIMDJSON_PADDING);
    if (size > 0)
        std::memcpy(padded.data(), body.data(), size);
    std::memset(padded.data() + size, ' ', simdjson::SIMDJSON_PADDING);
    return parser.iterate(padded.data(), size, padded.size()).get(*document) == SUCCESS;
}

bool SimdAnswer::plainKey(Field &field, std::string_view *key)
{
    // The raw key runs to the first quote; stage 1 has checked that the string is closed.
    const char *start = field.key().raw();
    const char *end = start;
    while (*end != '"') {
        if (*end == '\\')
            return false;
        ++end;
    }
    *key = std::string_view(start, size_t(end - start));
    return true;
}

bool SimdAnswer::number(Value &value, double *out)
{
    // The token itself, read by AnswerScalars: simdjson reads 1e-400 as 0 where QJsonDocument
    // refuses it, and one reading for numbers and numeric texts keeps the paths equal.
    std::string_view token = value.raw_json_token();
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' ||
                              token.back() == '\r'))
        token.remove_suffix(1);
    const std::optional<double> parsed = AnswerScalars::numberFromText(token);
    if (!parsed)
        return false;
    *out = *parsed;
    return true;
}

bool SimdAnswer::isNull(Value &value)
{
    bool null = false;
    return value.is_null().get(null) == SUCCESS && null;
}

bool SimdAnswer::text(Value &value, QString *out)
{
    json_type type;
    if (value.type().get(type) != SUCCESS)
        return false;
    switch (type) {
    case json_type::string: {
        std::string_view text;
        if (value.get_string().get(text) != SUCCESS)
            return false;
        *out = QString::fromUtf8(text.data(), qsizetype(text.size()));
        return true;
    }
    case json_type::number: {
        double parsed = 0;
        if (!number(value, &parsed))
            return false;
        *out = AnswerScalars::textFromNumber(parsed);
        return true;
    }
    case json_type::null:
        return isNull(value);
    default:
        return false;
    }
}

bool SimdAnswer::integer(Value &value, int *out)
{
    json_type type;
    if (value.type().get(type) != SUCCESS)
        return false;
    std::optional<int> result;
    switch (type) {
    case json_type::number: {
        double parsed = 0;
        if (!number(value, &parsed))
            return false;
        result = AnswerScalars::integer(parsed);
        break;
    }
    case json_type::string: {
        std::string_view text;
        if (value.get_string().get(text) != SUCCESS)
            return false;
        result = AnswerScalars::integerFromText(text);
        break;
    }
    case json_type::null:
        return isNull(value);
    default:
        return false;
    }
    if (!result)
        return false;
    *out = *result;
    return true;
}

bool SimdAnswer::requiredInteger(Value &value, int *out)
{
    json_type type;
    return value.type().get(type) == SUCCESS && type != json_type::null && integer(value, out);
}

bool SimdAnswer::requiredText(Value &value, QString *out)
{
    json_type type;
    return value.type().get(type) == SUCCESS && type != json_type::null && text(value, out);
}

bool SimdAnswer::texts(Value &value, QStringList *out)
{
    json_type type;
    if (value.type().get(type) != SUCCESS)
        return false;
    if (type == json_type::null)
        return isNull(value);
    simdjson::ondemand::array array;
    if (value.get_array().get(array) != SUCCESS)
        return false;
    for (auto element : array) {
        Value item;
        QString text;
        // simdjson_result::get() is &&-qualified: the move is how it is called.
        // NOLINTNEXTLINE(performance-move-const-arg)
        if (std::move(element).get(item) != SUCCESS || !requiredText(item, &text))
            return false;
        out->append(std::move(text));
    }
    return true;
}

bool SimdAnswer::skip(Value &value, int depth)
{
    if (depth > MaxDepth)
        return false;
    json_type type;
    if (value.type().get(type) != SUCCESS)
        return false;
    switch (type) {
    case json_type::object: {
        Object object;
        if (value.get_object().get(object) != SUCCESS)
            return false;
        for (auto member : object) {
            Field field;
            std::string_view key;
            if (std::move(member).get(field) != SUCCESS || !plainKey(field, &key) ||
                !skip(field.value(), depth + 1))
                return false;
        }
        return true;
    }
    case json_type::array: {
        simdjson::ondemand::array array;
        if (value.get_array().get(array) != SUCCESS)
            return false;
        for (auto element : array) {
            Value item;
            // simdjson_result::get() is &&-qualified: the move is how it is called.
            // NOLINTNEXTLINE(performance-move-const-arg)
            if (std::move(element).get(item) != SUCCESS || !skip(item, depth + 1))
                return false;
        }
        return true;
    }
    case json_type::string: {
        std::string_view text;
        return value.get_string().get(text) == SUCCESS;
    }
    case json_type::number: {
        double parsed = 0;
        return number(value, &parsed);
    }
    case json_type::boolean: {
        bool flag = false;
        return value.get_bool().get(flag) == SUCCESS;
    }
    case json_type::null:
        return isNull(value);
    }
    return false;
}
