import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A number field with the reason underneath when what was typed is not a number.
ColumnLayout {
    id: root
    property alias field: input
    property alias text: input.text
    property string error: ""
    property string note: ""
    property string accessibleName: ""
    property string accessibleDescription: ""
    signal edited(string text)
    signal copyRequested()
    spacing: 4

    TextField {
        id: input
        Layout.fillWidth: true
        font.pointSize: Theme.valueSize
        color: Theme.text
        placeholderText: qsTr("Enter a number")
        placeholderTextColor: Theme.mutedText
        selectByMouse: true
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        leftPadding: 12
        rightPadding: 12
        topPadding: 8
        bottomPadding: 8
        Accessible.name: root.accessibleName
        Accessible.description: root.error !== "" ? root.error : root.accessibleDescription
        background: Rectangle {
            radius: 8
            color: Theme.surfaceAlt
            border.width: input.activeFocus ? 2 : 1
            border.color: root.error !== "" ? Theme.error : (input.activeFocus ? Theme.accent : Theme.border)
        }
        onTextEdited: root.edited(text)
        Keys.onPressed: (event) => {
            if (event.matches(StandardKey.Copy) && input.selectedText === "") {
                root.copyRequested()
                event.accepted = true
            } else if (ApplicationWindow.window && ApplicationWindow.window.textFieldKey(event)) {
                event.accepted = true
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: text !== ""
        text: root.error !== "" ? root.error : root.note
        color: root.error !== "" ? Theme.error : Theme.note
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
