// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <simdjson.h>
#include <string_view>

// The pieces both protocols' DescribeInstances page readers (V2SimdPageReader,
// V3SimdPageReader) build on: simdjson's On-Demand API (simdjson 3.0, Debian's
// libsimdjson-dev) over a page, read by exactly the rules of AnswerReader and AnswerScalars.
//
// On-Demand checks only what it is asked to read, so these helpers ask for everything: values
// the reader does not need are walked and checked too (skip()), and the text must end after
// the root object. Each helper returns false where AnswerReader would refuse the value or where
// the two might differ (a key with an escape, nesting deeper than MaxDepth), and the caller
// then gives the answer to the general parser, which words the problem. Never throws.
class SimdAnswer
{
public:
    using Value = simdjson::ondemand::value;
    using Object = simdjson::ondemand::object;
    using Field = simdjson::ondemand::field;

    static constexpr int MaxDepth = 64;

    // Parses `body` (copied once into this thread's padded buffer) and calls read(Object &)
    // on its root object; true when `read` returned true and nothing but whitespace follows
    // the root object. The body must be at most a few MiB (the callers' MaxBodyBytes).
    template<typename Read>
    static bool readRoot(QByteArrayView body, Read &&read)
    {
        simdjson::ondemand::document document;
        if (!iterate(body, &document))
            return false;
        Object root;
        if (document.get_object().get(root) != simdjson::SUCCESS || !read(root))
            return false;
        // simdjson 3.0's documents have no at_end(): past the last token the location is out
        // of bounds, anywhere else there is more text after the root object.
        const char *location = nullptr;
        return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
    }

    // The field's key when it has no escape (a key with one is declined: the page readers
    // compare raw keys, and an escaped "status" must not pass for an unknown field).
    static bool plainKey(Field &field, std::string_view *key);

    // null leaves *out as it is; a string is taken as it is, a number as
    // AnswerScalars::textFromNumber() writes it.
    static bool text(Value &value, QString *out);
    // null leaves *out as it is; a number or a numeric string per AnswerScalars::integer().
    static bool integer(Value &value, int *out);
    // Present and not null, else false.
    static bool requiredInteger(Value &value, int *out);
    static bool requiredText(Value &value, QString *out);
    // null leaves *out empty; else an array of texts (numbers allowed, null elements not).
    static bool texts(Value &value, QStringList *out);
    // Walks and checks any value the reader does not use: false on anything invalid.
    static bool skip(Value &value, int depth = 1);

    // Which of up to 32 fields of one object were read already: a repeated key is declined,
    // since QJsonDocument keeps only one of the two.
    class SeenKeys
    {
    public:
        bool first(int field)
        {
            const quint32 bit = quint32(1) << field;
            const bool firstTime = !(m_seen & bit);
            m_seen |= bit;
            return firstTime;
        }
        bool has(int field) const { return m_seen & (quint32(1) << field); }

    private:
        quint32 m_seen = 0;
    };

private:
    static bool iterate(QByteArrayView body, simdjson::ondemand::document *document);
    static bool isNull(Value &value);
    // A number token, checked and read by AnswerScalars::numberFromText().
    static bool number(Value &value, double *out);
};
