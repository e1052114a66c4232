import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The inside of a SearchPicker's popup: the search field over the list of matches. Its
// own file, loaded the first time the picker opens, so start-up neither builds it nor
// loads the types it uses (ListView, ItemDelegate, ScrollBar).
ColumnLayout {
    id: body
    required property SearchPicker picker
    required property Popup popup
    readonly property alias search: search
    readonly property alias list: list
    spacing: 6
    TextField {
        id: search
        Layout.fillWidth: true
        placeholderText: picker.searchPlaceholder
        placeholderTextColor: Theme.mutedText
        color: Theme.text
        font.pointSize: Theme.bodySize
        Accessible.name: picker.searchName
        Accessible.description: picker.searchDescription
        background: Rectangle {
            radius: 6
            color: Theme.surfaceAlt
            border.color: search.activeFocus ? Theme.accent : Theme.border
        }
        onTextEdited: {
            picker.model.filter = text
            list.currentIndex = 0
            list.positionViewAtBeginning()
        }
        Keys.onDownPressed: { list.forceActiveFocus(); list.currentIndex = Math.min(1, list.count - 1) }
        Keys.onPressed: (event) => { if (ApplicationWindow.window && ApplicationWindow.window.textFieldKey(event)) event.accepted = true }
        Keys.onReturnPressed: list.pick(list.currentIndex)
        Keys.onEnterPressed: list.pick(list.currentIndex)
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        // No model while closed: no delegates exist until someone searches.
        model: popup.visible ? picker.model : null
        currentIndex: 0
        keyNavigationWraps: false
        cacheBuffer: 0  // no delegates incubating in the background while rows change
        boundsBehavior: Flickable.StopAtBounds
        highlightMoveDuration: 0
        ScrollBar.vertical: ScrollBar { Accessible.name: picker.scrollName }
        Accessible.role: Accessible.List
        Accessible.name: picker.listName
        Accessible.description: picker.listDescription
        section.property: picker.sectionRole
        section.delegate: picker.sectionRole !== "" ? heading : null
        function pick(i) {
            if (i >= 0 && i < count) {
                picker.chosen(picker.model.get(i, picker.idRole))
                popup.close()
            }
        }
        Keys.onReturnPressed: pick(currentIndex)
        Keys.onEnterPressed: pick(currentIndex)
        Keys.onUpPressed: (event) => {
            if (currentIndex === 0) search.forceActiveFocus()
            else decrementCurrentIndex()
        }
        Component {
            id: heading
            Text {
                required property string section
                width: ListView.view.width
                topPadding: 8
                bottomPadding: 4
                leftPadding: 8
                text: section
                color: Theme.mutedText
                font.pointSize: Theme.smallSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: section
            }
        }
        delegate: ItemDelegate {
            id: row
            required property int index
            required property var model
            readonly property string rowId: model[picker.idRole]
            readonly property string note: picker.rowNote(model)
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            font.pointSize: Theme.bodySize
            Accessible.name: model.label + (note !== "" ? ", " + note : "")
            contentItem: RowLayout {
                Text {
                    Layout.fillWidth: true
                    text: row.model.label
                    color: Theme.text
                    font: row.font
                    elide: Text.ElideRight
                }
                Text {
                    visible: row.note !== ""
                    text: row.note
                    color: Theme.mutedText
                    font.pointSize: Theme.smallSize
                }
                Text {
                    visible: row.rowId === picker.currentId
                    text: "\u2713"
                    color: Theme.accent
                    font: row.font
                }
            }
            background: Rectangle {
                radius: 6
                color: row.highlighted ? Theme.accentSoft : (row.hovered ? Theme.surfaceAlt : "transparent")
            }
            onClicked: list.pick(index)
        }
        Text {
            anchors.centerIn: parent
            visible: list.count === 0
            text: picker.emptyText
            color: Theme.mutedText
            font.pointSize: Theme.bodySize
        }
    }
}
