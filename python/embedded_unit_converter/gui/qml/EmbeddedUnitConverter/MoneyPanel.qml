import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Exchange rates (date, update button, consent) and your own units (my.units), checked
// as you type and saved on request.
Card {
    id: panel
    property var money
    title: qsTr("Exchange rates and your units")

    Text {
        objectName: "moneyStartupProblem"
        Layout.fillWidth: true
        visible: text !== ""
        text: panel.money.startupProblem
        color: Theme.error
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        RatesStatus {
            objectName: "ratesPanelStatus"
            money: panel.money
            Layout.fillWidth: true
        }
        BusyIndicator {
            objectName: "ratesProgress"
            running: panel.money.updating
            visible: running
            implicitWidth: 24
            implicitHeight: 24
            Accessible.name: qsTr("Downloading the exchange rates")
        }
        Button {
            objectName: "updateRatesButton"
            text: panel.money.updating ? qsTr("Updating…") : qsTr("Update rates")
            enabled: !panel.money.updating && panel.money.consent !== "never"
            font.pointSize: Theme.bodySize
            onClicked: panel.money.updateRates()
            Accessible.name: qsTr("Update the exchange rates")
            Accessible.description: qsTr("Downloads today's reference rates of the European Central Bank")
        }
    }
    Text {
        objectName: "ratesError"
        Layout.fillWidth: true
        visible: text !== ""
        text: panel.money.updateError
        color: Theme.error
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    RowLayout {
        spacing: 6
        Label { text: qsTr("Download rates"); color: Theme.text; font.pointSize: Theme.bodySize }
        ComboBox {
            objectName: "ratesConsentSelector"
            implicitWidth: 200
            font.pointSize: Theme.bodySize
            model: [qsTr("Never"), qsTr("When I ask"), qsTr("Daily")]
            currentIndex: panel.money.consentIndex
            onActivated: (index) => panel.money.consentIndex = index
            Accessible.name: qsTr("Download exchange rates")
            Accessible.description: qsTr("Never, only when you press the button, or once a day at start")
        }
    }

    Label {
        text: qsTr("Your units (one per line, such as: zorp = 67 in)")
        color: Theme.text
        font.pointSize: Theme.bodySize
    }
    // Grows with its lines (the page scrolls), so it needs no scroll bars of its own.
    TextArea {
            id: unitsEditor
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            objectName: "userUnitsEditor"
            text: panel.money.unitsText
            font.family: "monospace"
            font.pointSize: Theme.bodySize
            color: Theme.text
            // An example a person reads in their language: the names are theirs to choose.
            placeholderText: qsTr("# zorp = 67 in\n# beer = 4.5 EUR")
            wrapMode: TextEdit.NoWrap
            onTextChanged: panel.money.checkUnits(text)
            // Tab moves on, as everywhere else in the window (a unit file needs no tabs).
            Keys.onTabPressed: (event) => nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            Keys.onBacktabPressed: (event) => nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            Accessible.name: qsTr("Your units")
            Accessible.description: qsTr("Definitions, one per line: a name, =, and what it is in other units")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Text {
            objectName: "userUnitsProblem"
            Layout.fillWidth: true
            text: panel.money.unitsProblem !== "" ? panel.money.unitsProblem
                                                    : qsTr("%n unit(s) in use", "", panel.money.unitsCount)
            color: panel.money.unitsProblem !== "" ? Theme.error : Theme.mutedText
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Button {
            objectName: "saveUnitsButton"
            text: qsTr("Save units")
            enabled: panel.money.unitsProblem === "" && unitsEditor.text !== panel.money.unitsText
            font.pointSize: Theme.bodySize
            onClicked: panel.money.saveUnits(unitsEditor.text)
            Accessible.name: text
            Accessible.description: qsTr("Saves your units to my.units and uses them at once")
        }
    }
}
