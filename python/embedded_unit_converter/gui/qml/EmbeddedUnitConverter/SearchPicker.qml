import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A button showing the current choice that opens a search field over a filtered list:
// the look and keys of every picker in the window (units, category). The model is a
// view model list with a `filter` property the search text goes to, a "label" role,
// the role named by `idRole`, and get(row, role); it does the matching and ordering.
Button {
    id: picker
    property var model
    property string idRole: ""
    property string currentId: ""
    property string label: ""
    property string accessibleName: ""
    property string accessibleDescription: ""  // spoken after the name; say how to search
    property string tip: ""                    // hover help (naming the shortcut, if any)
    property string searchPlaceholder: ""
    property string searchName: ""
    property string searchDescription: ""
    property string listName: ""
    property string listDescription: ""
    property string emptyText: ""
    readonly property string scrollName: qsTr("Scroll %1").arg(listName)  // the list's scroll bar
    // Rows are grouped under headings taken from this role; rows with "" get none.
    property string sectionRole: ""
    // A short muted note at the end of a row (e.g. "other kind"), given its model data.
    property var rowNote: (row) => ""
    property int popupWidth: 340
    property int popupHeight: 380
    signal chosen(string id)

    text: label
    implicitHeight: 44
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    font.pointSize: Theme.bodySize
    Accessible.role: Accessible.ComboBox
    Accessible.name: accessibleName
    Accessible.description: accessibleDescription + (tip !== "" ? " " + tip : "")
    ToolTip.visible: hovered && tip !== "" && !popup.visible
    ToolTip.text: tip
    ToolTip.delay: 500

    // The popup's content is built the first time it opens, not at start-up.
    property bool built: false
    readonly property bool isOpen: popup.visible
    readonly property Item searchField: content.item ? content.item.search : null
    readonly property Item listView: content.item ? content.item.list : null

    function openSearch(initial) {
        picker.model.filter = initial || ""
        built = true
        popup.open()
        const body = content.item
        body.search.text = initial || ""
        body.list.currentIndex = 0
        body.list.positionViewAtBeginning()
        body.search.forceActiveFocus()
    }

    contentItem: RowLayout {
        spacing: 8
        Text {
            Layout.fillWidth: true
            text: picker.label
            color: Theme.text
            font: picker.font
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        Text {
            text: "\u25BE"
            color: Theme.mutedText
            font.pointSize: Theme.bodySize
        }
    }
    background: Rectangle {
        radius: 8
        color: picker.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: picker.visualFocus || popup.visible ? 2 : 1
        border.color: picker.visualFocus || popup.visible ? Theme.accent : Theme.border
    }

    onClicked: openSearch("")
    Keys.onPressed: (event) => {
        // Typing on the closed picker starts a search with that letter.
        if (event.text.length === 1 && event.text.trim() !== "" && !(event.modifiers & Qt.ControlModifier)) {
            openSearch(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter
                   || (event.key === Qt.Key_Down && (event.modifiers & Qt.AltModifier))) {
            // Enter opens it too (a Button alone answers only Space), as the description says.
            openSearch("")
            event.accepted = true
        }
    }

    Popup {
        id: popup
        width: Math.max(picker.width, Math.min(picker.popupWidth, picker.Window.width - 16))
        // Kept inside the window: below the picker, or above it when there is clearly more
        // room there. Where the picker sits is read when the popup opens; a binding on
        // mapToItem() would keep the layout's first, unsettled answer.
        onAboutToShow: {
            const gap = 4, edge = 8
            const at = picker.mapToItem(null, 0, 0)
            const wanted = Math.min(picker.popupHeight, picker.Window.height * 0.6)
            const below = picker.Window.height - (at.y + picker.height + gap) - edge
            const above = at.y - gap - edge
            const down = below >= Math.min(wanted, 240) || below >= above
            height = Math.max(120, Math.min(wanted, down ? below : above))
            y = down ? picker.height + gap : -height - gap
            x = Math.min(0, (picker.Window.width - edge) - (at.x + width))
        }
        padding: 8
        focus: true
        modal: false
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
        onClosed: {
            picker.model.filter = ""
            picker.forceActiveFocus()
        }
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        contentItem: Loader {
            id: content
            active: picker.built
            // By URL, not inline: see SearchList.qml.
            Component.onCompleted: setSource(Qt.resolvedUrl("SearchList.qml"), { picker: picker, popup: popup })
        }
    }
}
