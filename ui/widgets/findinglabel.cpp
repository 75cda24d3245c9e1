// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/findinglabel.h"

#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

FindingLabel::FindingLabel(const QStringList &fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    setObjectName(QStringLiteral("findings_") + fields.join(QLatin1Char('_')));
    hide();
}

namespace {
bool sameFindings(const QList<Finding> &a, const QList<Finding> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const Finding &x, const Finding &y) {
            return x.field == y.field && x.severity == y.severity && x.code == y.code &&
                   x.message == y.message && x.suggestions == y.suggestions;
        });
}
} // namespace

void FindingLabel::setFindings(const QList<Finding> &findings)
{
    if (sameFindings(findings, m_findings))
        return; // keeps keyboard focus on a fix button while the user types elsewhere
    m_findings = findings;
    rebuild();
}

QString FindingLabel::text() const
{
    QStringList lines;
    for (const Finding &finding : m_findings)
        lines << finding.message;
    return lines.join(QLatin1Char('\n'));
}

// Widgets go with deleteLater: the fix button that was just clicked is still emitting.
static void discard(QLayoutItem *item)
{
    if (QLayout *row = item->layout()) {
        while (QLayoutItem *child = row->takeAt(0))
            discard(child);
    }
    if (QWidget *widget = item->widget()) {
        widget->hide();
        widget->deleteLater();
    }
    delete item;
}

QString FindingLabel::buttonText(const Suggestion &suggestion) const
{
    // A value the fix sets reads as what the button does; the validator's own phrases ("No
    // data disk", "Use the password") and yes/no switches already do.
    const QVariant &value = suggestion.value;
    // A whole list (the data disks) set to a size reads as that size ("20 GB"); its phrases
    // ("No data disk") start with a word.
    const bool sizedList = value.typeId() == QMetaType::QVariantList &&
                           !suggestion.label.isEmpty() && suggestion.label.front().isDigit();
    const bool isValue = (value.typeId() == QMetaType::Int && value.toInt() > 0) ||
                         (value.typeId() == QMetaType::QString && !value.toString().isEmpty()) ||
                         sizedList;
    const QString text = isValue ? tr("Use %1").arg(suggestion.label) : suggestion.label;
    const QString other = m_otherStep ? m_otherStep(suggestion.field) : QString();
    return other.isEmpty() ? text : tr("%1 (changes the %2 step)").arg(text, other);
}

void FindingLabel::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0))
        discard(item);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const Finding &finding : std::as_const(m_findings)) {
        const bool error = finding.isError();
        const bool info = finding.severity == Finding::Severity::Info;
        const QStyle::StandardPixmap pixmap = error  ? QStyle::SP_MessageBoxCritical
                                              : info ? QStyle::SP_MessageBoxInformation
                                                     : QStyle::SP_MessageBoxWarning;
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(this);
        icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        auto *message = new QLabel(this);
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // One string per kind: Chinese writes "错误：" with no space after the colon.
        const QString shown = error  ? tr("Error: %1").arg(finding.message)
                              : info ? tr("Note: %1").arg(finding.message)
                                     : tr("Warning: %1").arg(finding.message);
        message->setText(shown);
        message->setAccessibleName(message->text());
        message->setObjectName(QStringLiteral("findingMessage"));
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(message, 1);
        m_layout->addLayout(row);
        if (!finding.suggestions.isEmpty()) {
            // The buttons wrap to the width the page has (many zones or sizes to choose from).
            auto *fixes = new FlowLayout;
            for (const Suggestion &suggestion : finding.suggestions) {
                const QString text = buttonText(suggestion);
                auto *button = new QPushButton(text, this);
                button->setObjectName(QStringLiteral("fixButton"));
                button->setAutoDefault(false);
                button->setAccessibleName(tr("Fix: %1").arg(text));
                // Never the field's key (instanceType): the button sits under its field.
                button->setToolTip(tr("Applies this fix: %1").arg(text));
                connect(button, &QPushButton::clicked, this,
                        [this, suggestion] { Q_EMIT suggestionChosen(suggestion); });
                fixes->addWidget(button);
            }
            auto *holder = new QWidget(this);
            holder->setLayout(fixes);
            // Under the message, not under the icon.
            fixes->setContentsMargins(iconSize, 0, 0, 0);
            m_layout->addWidget(holder);
        }
    }
    setVisible(!m_findings.isEmpty());
    Q_EMIT buttonsChanged();
}
