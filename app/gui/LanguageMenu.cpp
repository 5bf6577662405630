#include "app/gui/LanguageMenu.h"

#include "core/Language.h"
#include "core/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMessageBox>

namespace adphoto::gui {

LanguageMenu::LanguageMenu(Settings& settings, const QStringList& languages, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = m_settings.value(Settings::Key::Language).toString();
    QStringList codes{QString(), QStringLiteral("en")};
    codes << languages;
    for (const QString& code : codes) {
        const QString text = code.isEmpty() ? tr("&System Default") : Language::nativeName(code);
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language-") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setChecked(code == current);
        m_group->addAction(action);
        if (code.isEmpty())
            addSeparator();
    }
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
    addSeparator();
    QAction* note = addAction(tr("Applies when adphoto is started again"));
    note->setEnabled(false);
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction* action) { choose(action->data().toString()); });
}

QString LanguageMenu::selectedLanguage() const
{
    const QAction* checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString& code)
{
    if (code == m_settings.value(Settings::Key::Language).toString())
        return;
    m_settings.setValue(Settings::Key::Language, code);
    m_settings.sync();
    emit languageChosen(code);
    const QString name = code.isEmpty() ? tr("the system's language") : Language::nativeName(code);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("adphoto will use %1 the next time it starts.").arg(name), QMessageBox::Ok,
                                parentWidget());
    box->setObjectName(QStringLiteral("languageRestartNote"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace adphoto::gui
