// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/diskconfigtext.h"

#include "offer/disktypename.h"
#include "offer/zoneoffermodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>

const DiskConfig *DiskConfigText::find(const QList<DiskConfig> &configs, const QString &diskType,
                                       DiskConfig::Usage usage)
{
    for (const DiskConfig &c : configs) {
        if (c.diskType == diskType && c.usage == usage)
            return &c;
    }
    return nullptr;
}

void DiskConfigText::fillTypes(QComboBox *combo, const QList<DiskConfig> &configs,
                               DiskConfig::Usage usage, const QString &current)
{
    combo->clear();
    QList<const DiskConfig *> unavailable;
    for (const DiskConfig &c : configs) {
        if (c.usage != usage)
            continue;
        if (c.available)
            combo->addItem(DiskTypeName::name(c.diskType), c.diskType);
        else
            unavailable << &c;
    }
    // Listed but not sold: shown so that the operator knows it exists and why it cannot be had.
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    for (const DiskConfig *c : std::as_const(unavailable)) {
        combo->addItem(tr("%1 — not on sale for this instance type in this zone")
                           .arg(DiskTypeName::name(c->diskType)),
                       c->diskType);
        if (model)
            model->item(combo->count() - 1)->setEnabled(false);
    }
    if (!current.isEmpty() && combo->findData(current) < 0) {
        combo->addItem(configs.isEmpty() ? DiskTypeName::name(current)
                                         : tr("%1 — not listed for this instance type in this zone")
                                               .arg(DiskTypeName::name(current)),
                       current);
    }
    // The box shows the console's name; the API code is one hover away (and on the review).
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemData(i, DiskTypeName::withCode(combo->itemData(i).toString()),
                           Qt::ToolTipRole);
    combo->setCurrentIndex(combo->findData(current));
    // The box is narrower than its longest item (TypeComboChars): the list is not.
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0));
}

int DiskConfigText::minimumGb(const DiskConfig &config)
{
    if (config.usage == DiskConfig::Usage::DataDisk &&
        config.diskType == QLatin1String("CLOUD_SSD"))
        return std::max(100, config.minGiB);
    return config.minGiB;
}

QString DiskConfigText::sizeHint(const DiskConfig &config, int sizeGb)
{
    const int step = std::max(1, config.stepGiB);
    if (!config.unitPrice) {
        return tr("%1 to %2 GB in steps of %3 GB.")
            .arg(minimumGb(config))
            .arg(config.maxGiB)
            .arg(step);
    }
    // ¥ like every other price of the app; the per-GB price keeps all its digits (0.0005).
    const QLocale locale;
    return tr("%1 to %2 GB in steps of %3 GB; ¥%4 per GB per hour, ¥%5 per hour for %6 GB.")
        .arg(minimumGb(config))
        .arg(config.maxGiB)
        .arg(step)
        .arg(locale.toString(*config.unitPrice, 'g', 6))
        .arg(ZoneOfferModel::priceText(*config.unitPrice * sizeGb))
        .arg(sizeGb);
}
