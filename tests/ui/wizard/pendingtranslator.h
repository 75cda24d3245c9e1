// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTranslator>

// The Chinese of translations/pending/*.tsv (Context<TAB>source<TAB>Chinese, "\n" for a newline),
// which the integrator merges into cvm-launcher_zh_CN.ts: installed over the compiled catalogue,
// a test sees the strings as they will ship. Empty once everything pending is merged.
class PendingTranslator : public QTranslator
{
public:
    explicit PendingTranslator(const QString &directory, QObject *parent = nullptr)
        : QTranslator(parent)
    {
        const QStringList files = QDir(directory).entryList({QStringLiteral("*.tsv")}, QDir::Files);
        for (const QString &name : files) {
            QFile file(QDir(directory).filePath(name));
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            while (!file.atEnd()) {
                QString line = QString::fromUtf8(file.readLine());
                if (line.endsWith(u'\n'))
                    line.chop(1);
                const QStringList parts = line.split(u'\t');
                if (parts.size() != 3)
                    continue;
                m_texts.insert(key(parts.at(0), unescape(parts.at(1))), unescape(parts.at(2)));
            }
        }
    }

    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        return m_texts.value(key(QString::fromUtf8(context), QString::fromUtf8(sourceText)));
    }

private:
    static QString key(const QString &context, const QString &source)
    {
        return context + u'\x1f' + source;
    }
    static QString unescape(QString text)
    {
        return text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    }

    QHash<QString, QString> m_texts;
};
