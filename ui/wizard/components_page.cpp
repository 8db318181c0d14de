#include "ui/wizard/components_page.h"

#include "ui/setup/install_plan.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

ComponentsPage::ComponentsPage(InstallPlan& plan)
    : m_plan{plan}, m_tree{new QTreeWidget{this}},
      m_description{new QLabel{this}}, m_total{new QLabel{this}} {
    nameWidget(this, "ComponentsPage");
    nameWidget(m_tree, "ComponentsTree");
    nameWidget(m_total, "ComponentsTotal");
    nameWidget(m_description, "ComponentDescription");
    // The package's words, shown on the page and not only in a tooltip.
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout{this};
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_description);
    layout->addWidget(m_total);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ComponentsPage::showDescription);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0) {
            return;
        }
        const QString id = item->data(0, Qt::UserRole).toString();
        m_plan.setSelected(id, item->checkState(0) == Qt::Checked);
        if (m_plan.isRequired(id) && item->checkState(0) != Qt::Checked) {
            item->setCheckState(0, Qt::Checked);
        }
        updateTotal();
        emit completeChanged();
    });
    retranslate();
}

void ComponentsPage::initializePage() {
    const QSignalBlocker blocker{m_tree};
    m_tree->clear();
    for (const auto& component : m_plan.package().components) {
        auto* item = new QTreeWidgetItem{m_tree};
        // A required component says so: its box cannot be cleared.
        item->setText(0, component.required ? tr("%1 (required)").arg(component.name)
                                            : component.name);
        item->setText(1, sizeText(component.size));
        // Tooltips render HTML: the package's words are escaped first.
        item->setToolTip(0, Qt::convertFromPlainText(component.description));
        item->setData(0, Qt::UserRole, component.id);
        item->setData(0, Qt::AccessibleTextRole, item->text(0));
        item->setData(0, Qt::AccessibleDescriptionRole, component.description);
        item->setCheckState(0, m_plan.isSelected(component.id) ? Qt::Checked : Qt::Unchecked);
        if (component.required) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    if (m_tree->topLevelItemCount() > 0) {
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    }
    showDescription();
    updateTotal();
}

void ComponentsPage::showDescription() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString id = item != nullptr ? item->data(0, Qt::UserRole).toString() : QString{};
    QString text;
    for (const auto& component : m_plan.package().components) {
        if (component.id == id) {
            text = component.description;
        }
    }
    m_description->setVisible(!text.isEmpty());
    m_description->setText(text);
}

bool ComponentsPage::isComplete() const {
    return !m_plan.selectedComponents().isEmpty();
}

void ComponentsPage::updateTotal() {
    m_total->setText(tr("Space needed: %1").arg(sizeText(m_plan.selectedSize())));
}

void ComponentsPage::retranslate() {
    setTitle(tr("Components"));
    setSubTitle(tr("Choose what to install."));
    m_tree->setHeaderLabels({tr("Component"), tr("Size")});
    m_tree->setAccessibleName(tr("Components to install"));
    m_description->setAccessibleName(tr("Description of the component"));
    updateTotal();
}
