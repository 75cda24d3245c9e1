// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/imagepage.h"

#include "api/v3/v3launchnames.h"
#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, OsColumn, IdColumn, ColumnCount };
}

ImagePage::ImagePage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft, {SpecField::ImageType, SpecField::ImageId}, parent)
{
    setTitle(tr("Image"));
    setSubTitle(tr("Choose the operating system image. Its OS decides the system disk and "
                   "login rules on the next pages."));
    m_request = new LatestRequest(this);

    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("imageTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Image type"));
    for (const ImageTypeInfo &type : draft->catalog().imageTypes())
        m_typeCombo->addItem(type.name.text(), type.id);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("imageSearch"));
    m_searchEdit->setAccessibleName(tr("Search images"));
    m_searchEdit->setPlaceholderText(tr("Name, OS or ID"));
    m_searchEdit->setClearButtonEnabled(true);
    // The clear button is a tool button of its own: a screen reader names it too.
    for (QToolButton *clear : m_searchEdit->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the search"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Operating system"), tr("Image ID")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_imageView = new QTreeView(this);
    m_imageView->setObjectName(QStringLiteral("imageView"));
    m_imageView->setAccessibleName(tr("Images"));
    m_imageView->setModel(m_proxy);
    m_imageView->setRootIsDecorated(false);
    m_imageView->setAllColumnsShowFocus(true);
    m_imageView->setSortingEnabled(true);
    m_imageView->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_imageView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_imageView->header()->setStretchLastSection(true);

    m_status = new LoadStatus(tr("the images"), this);
    m_status->setObjectName(QStringLiteral("imageLoadStatus"));
    m_osLabel = new QLabel(this);
    m_osLabel->setObjectName(QStringLiteral("osLabel"));
    m_osLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Image &type:"), m_typeCombo);
    form->addRow(tr("&Search:"), m_searchEdit);
    auto *listLabel = new QLabel(tr("&Images:"), this);
    listLabel->setBuddy(m_imageView);

    auto *layout = new QVBoxLayout(body());
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addWidget(m_imageView, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_osLabel);
    layout->addWidget(addFindingLabel({SpecField::ImageType, SpecField::ImageId}));

    setFieldWidget(SpecField::ImageType, m_typeCombo);
    setFieldWidget(SpecField::ImageId, m_imageView);

    connect(m_status, &LoadStatus::retryRequested, this, &ImagePage::reload);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_typeCombo, &QComboBox::activated, this, [this] {
        const int type = m_typeCombo->currentData().toInt();
        this->draft()->edit(SpecField::ImageType, [type](LaunchSpec &spec) {
            if (spec.imageType != type)
                spec.imageId.clear(); // an id belongs to one image type
            spec.imageType = type;
        });
        this->draft()->setImage(Image{});
        reload();
    });
    connect(m_imageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImagePage::onImageSelected);
}

void ImagePage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    m_loadedType = -1;
    reload();
}

void ImagePage::reload()
{
    CloudApi *api = cloudApi();
    if (!api)
        return;
    int type = draft()->spec().imageType;
    if (type == LaunchSpec::NoImageType)
        type = LaunchSpec::PublicImage; // what most launches use; the type follows the choice
    m_loadedType = type;
    m_loadedInstanceType = instanceTypeFilter();
    const QString instanceType = m_loadedInstanceType;
    m_status->setLoading();
    m_model->removeRows(0, m_model->rowCount());
    m_request->start<QList<Image>>(
        [api, type, instanceType](QObject *context, CloudApi::Callback<QList<Image>> done) {
            return api->describeImagesFor(type, instanceType, context, std::move(done));
        },
        [this](const ApiResult<QList<Image>> &result) {
            if (!result.ok()) {
                m_status->setFailed(result.error);
                return;
            }
            if (result.value->isEmpty())
                m_status->setEmpty(tr("None: there are no images of the type “%1” in this "
                                      "region. Choose another image type.")
                                       .arg(m_typeCombo->currentText()));
            else
                m_status->setDone();
            showImages(*result.value);
        });
}

void ImagePage::showImages(const QList<Image> &images)
{
    m_images = images;
    {
        const QSignalBlocker blocker(m_imageView->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        for (const Image &image : images) {
            QList<QStandardItem *> row;
            row << new QStandardItem(image.name.isEmpty() ? image.imageId : image.name)
                << new QStandardItem(image.osName) << new QStandardItem(image.imageId);
            for (QStandardItem *item : row) {
                item->setEditable(false);
                item->setData(image.imageId, Qt::UserRole);
            }
            row.first()->setToolTip(image.description);
            m_model->appendRow(row);
        }
    }
    // The chosen image (from a template, or before a reload) gets its OS back.
    for (const Image &image : images) {
        if (image.imageId == draft()->spec().imageId) {
            draft()->setImage(image);
            break;
        }
    }
    refresh();
}

void ImagePage::onImageSelected()
{
    if (updating())
        return;
    const QModelIndex current = m_imageView->currentIndex();
    if (!current.isValid())
        return;
    const QString imageId = current.data(Qt::UserRole).toString();
    for (const Image &image : std::as_const(m_images)) {
        if (image.imageId != imageId)
            continue;
        const int type = m_loadedType;
        draft()->setImage(image);
        draft()->edit(SpecField::ImageId, [image, type](LaunchSpec &spec) {
            spec.imageId = image.imageId;
            spec.imageType = image.imageType > 0 ? image.imageType : type;
        });
        return;
    }
}

QString ImagePage::instanceTypeFilter() const
{
    const CloudApi *api = cloudApi();
    const QString &type = draft()->spec().instanceType;
    const bool v3 = api && api->version() == ApiConfig::Version::V3;
    return v3 && V3LaunchNames::isExactInstanceType(type) ? type : QString();
}

void ImagePage::refresh()
{
    // Another exact instance type runs other images (API 3.0): ask again for that type.
    if (m_loadedType >= 0 && instanceTypeFilter() != m_loadedInstanceType) {
        reload();
        return;
    }
    const LaunchSpec &spec = draft()->spec();
    const QSignalBlocker typeBlocker(m_typeCombo);
    const int type =
        spec.imageType == LaunchSpec::NoImageType ? LaunchSpec::PublicImage : spec.imageType;
    m_typeCombo->setCurrentIndex(m_typeCombo->findData(type));

    const QSignalBlocker selectionBlocker(m_imageView->selectionModel());
    const QModelIndexList match = m_proxy->match(m_proxy->index(0, IdColumn), Qt::DisplayRole,
                                                 spec.imageId, 1, Qt::MatchExactly);
    if (!spec.imageId.isEmpty() && !match.isEmpty())
        // The row's first column: the ID column's index scrolled the list sideways, out of the
        // names.
        m_imageView->setCurrentIndex(match.first().siblingAtColumn(0));
    else
        m_imageView->clearSelection();

    const Image &image = draft()->image();
    // With no image the image's finding says what to do; a second line would repeat it.
    m_osLabel->setVisible(!spec.imageId.isEmpty());
    if (spec.imageId.isEmpty())
        m_osLabel->clear();
    else if (image.imageId == spec.imageId && !image.osName.isEmpty())
        // A public image is usually named after its OS: then once is enough.
        m_osLabel->setText(
            image.osName == image.name
                ? tr("Chosen: %1 (%2)").arg(image.name, image.imageId)
                : tr("Chosen: %1 (%2), %3").arg(image.name, image.imageId, image.osName));
    else
        m_osLabel->setText(tr("Chosen: %1. Its operating system is not known yet, so the "
                              "Windows and Linux rules cannot be told apart.")
                               .arg(spec.imageId));
}
