import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The free-text line: "5 ft 3 in to cm", answered as you type.
Card {
    id: panel
    property var expression
    property alias field: input
    property string tip: ""
    title: qsTr("Type a conversion")

    // The line takes the keyboard first: the chosen button goes with the old reading.
    function useAlternative(phrase) {
        input.forceActiveFocus()
        panel.expression.applyAlternative(phrase)
        input.cursorPosition = input.length
    }

    TextField {
        id: input
        objectName: "expressionField"
        Layout.fillWidth: true
        text: panel.expression ? panel.expression.text : ""
        placeholderText: qsTr("e.g. 5 ft 3 in to cm")
        placeholderTextColor: Theme.mutedText
        color: Theme.text
        font.pointSize: Theme.bodySize + 1
        selectByMouse: true
        leftPadding: 12
        rightPadding: 12
        topPadding: 9
        bottomPadding: 9
        Accessible.name: qsTr("Conversion text")
        hoverEnabled: true
        ToolTip.visible: hovered && panel.tip !== "" && !activeFocus
        ToolTip.text: panel.tip
        ToolTip.delay: 800
        Accessible.description: qsTr("Type a quantity and a target unit, such as 100 km/h in mph; the answer appears below")
        background: Rectangle {
            radius: 8
            color: Theme.surfaceAlt
            border.width: input.activeFocus ? 2 : 1
            border.color: panel.expression && panel.expression.error !== "" ? Theme.error
                          : (input.activeFocus ? Theme.accent : Theme.border)
        }
        onTextEdited: panel.expression.text = text
        // Main.qml: Ctrl+U / Ctrl+Shift+U reach the unit search even on X11.
        Keys.onPressed: (event) => { if (ApplicationWindow.window && ApplicationWindow.window.textFieldKey(event)) event.accepted = true }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        visible: panel.expression && panel.expression.result !== ""
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                id: result
                objectName: "expressionResult"
                Layout.fillWidth: true
                text: panel.expression ? panel.expression.result : ""
                color: Theme.text
                font.pointSize: Theme.titleSize + 3
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Answer: %1").arg(text)
                Accessible.description: notes.visible ? interpretation.text + ". " + notes.text : interpretation.text
            }
            Text {
                id: interpretation
                Layout.fillWidth: true
                text: panel.expression ? panel.expression.interpretation : ""
                color: Theme.mutedText
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            // How names were read where not in their everyday meaning (F as °F).
            Text {
                id: notes
                objectName: "readingNotes"
                Layout.fillWidth: true
                visible: text !== ""
                text: panel.expression ? panel.expression.notes.join(" · ") : ""
                color: Theme.note
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
        IconButton {
            objectName: "expressionCopyButton"
            glyph: "copy"
            tip: qsTr("Copy the answer")
            Accessible.description: qsTr("Copies the answer to the clipboard")
            onClicked: panel.expression.copyResult()
        }
    }

    // Other readings of the names that also convert ("100 F": farads, or 100 °F?), one
    // click each; the phrase goes into the line, where it can be read and changed.
    Flow {
        objectName: "alternativeReadings"
        Layout.fillWidth: true
        spacing: 6
        visible: panel.expression !== null && panel.expression.result !== "" && panel.expression.alternatives.length > 0
        Text {
            height: 28
            text: qsTr("Or read it as:")
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            verticalAlignment: Text.AlignVCenter
        }
        Repeater {
            model: panel.expression ? panel.expression.alternatives : []
            delegate: Button {
                id: alternative
                required property string modelData
                required property int index
                objectName: "alternativeReading" + index
                text: modelData
                font.pointSize: Theme.smallSize
                flat: true
                hoverEnabled: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Put “%1” in the text line").arg(modelData)
                ToolTip.delay: 500
                Accessible.name: qsTr("Read it as %1").arg(modelData)
                Accessible.description: qsTr("Puts this reading in the text line and converts it")
                onClicked: panel.useAlternative(modelData)
                contentItem: Text { text: alternative.text; color: Theme.accent; font: alternative.font }
                background: Rectangle {
                    radius: 12
                    color: Theme.accentSoft
                    border.width: alternative.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: panel.expression && panel.expression.error !== ""
        spacing: 6
        Text {
            objectName: "expressionError"
            Layout.fillWidth: true
            text: panel.expression ? panel.expression.error : ""
            color: Theme.error
            font.pointSize: Theme.smallSize + 0.5
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: panel.expression ? panel.expression.suggestions : []
                delegate: Button {
                    required property string modelData
                    text: qsTr("Use “%1”").arg(modelData)
                    font.pointSize: Theme.smallSize
                    flat: true
                    Accessible.name: text
                    Accessible.description: qsTr("Replaces the unknown unit with this suggestion")
                    onClicked: panel.expression.applySuggestion(modelData)
                    contentItem: Text { text: parent.text; color: Theme.accent; font: parent.font }
                    background: Rectangle { radius: 12; color: Theme.accentSoft }
                }
            }
        }
    }
}
