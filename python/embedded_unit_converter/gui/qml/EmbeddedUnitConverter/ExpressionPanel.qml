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
                Accessible.description: interpretation.text
            }
            Text {
                id: interpretation
                Layout.fillWidth: true
                text: panel.expression ? panel.expression.interpretation : ""
                color: Theme.mutedText
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
