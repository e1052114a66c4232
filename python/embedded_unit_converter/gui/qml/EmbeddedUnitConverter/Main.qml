import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import EmbeddedUnitConverter.Backend

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 560
    height: 820
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Unit Converter")
    color: Theme.background

    readonly property bool narrow: width < 520
    property bool firstFrameShown: false
    onFrameSwapped: if (!firstFrameShown) firstFrameShown = true
    property alias converter: converter

    readonly property bool dark: converter.theme === "dark"
                                 || (converter.theme === "system" && Application.styleHints.colorScheme === Qt.ColorScheme.Dark)
    Binding { target: Theme; property: "dark"; value: window.dark }

    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surfaceAlt
        alternateBase: Theme.surface
        text: Theme.text
        button: Theme.surfaceAlt
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.accentText
        placeholderText: Theme.mutedText
        light: Theme.surface
        midlight: Theme.surfaceAlt
        mid: Theme.border
        dark: Theme.mutedText
        shadow: Theme.border
        toolTipBase: Theme.surface
        toolTipText: Theme.text
    }
    font.pointSize: Theme.bodySize

    Component.onCompleted: {
        const g = converter.geometry()
        if (g.length === 4) {
            x = g[0]; y = g[1]; width = g[2]; height = g[3]
        }
    }
    onClosing: {
        converter.saveGeometry(x, y, width, height)
        converter.flush()
    }

    // Keyboard shortcuts: also listed in the tooltips of the controls they act on.
    Shortcut { sequence: "Ctrl+R"; onActivated: converter.swap() }
    Shortcut { sequence: "Ctrl+L"; onActivated: expressionPanel.field.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+F"; onActivated: if (lowerPanels.item) lowerPanels.item.allUnitsPanel.filterField.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+U"; onActivated: fromPicker.openSearch("") }
    Shortcut { sequence: "Ctrl+Shift+U"; onActivated: toPicker.openSearch("") }
    Shortcut { sequence: "Ctrl+Shift+C"; onActivated: window.copyAnswer() }
    Shortcut { sequence: "Ctrl+D"; onActivated: converter.toggleFavourite() }
    Shortcut { sequence: "Ctrl+Shift+T"; onActivated: window.cycleTheme() }

    function copyAnswer() {
        if (converter.copyResult()) copiedTip.show(qsTr("Copied"), 1200)
    }
    function cycleTheme() {
        converter.theme = window.dark ? "light" : "dark"
    }

    ToolTip { id: copiedTip; parent: window.contentItem; x: (parent.width - width) / 2; y: parent.height - height - 24 }

    header: ToolBar {
        leftPadding: Theme.padding
        rightPadding: Theme.padding / 2
        background: Rectangle { color: Theme.surface; Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border } }
        RowLayout {
            anchors.fill: parent
            Text {
                Layout.fillWidth: true
                text: qsTr("Unit Converter")
                color: Theme.text
                font.pointSize: Theme.titleSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            IconButton {
                objectName: "themeButton"
                text: window.dark ? "\u2600" : "\u263E"
                tip: window.dark ? qsTr("Light theme (Ctrl+Shift+T)") : qsTr("Dark theme (Ctrl+Shift+T)")
                Accessible.description: qsTr("Switches between the light and dark theme")
                onClicked: window.cycleTheme()
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            id: page
            width: Math.min(scroll.availableWidth - 2 * margin, 760)
            x: (scroll.availableWidth - width) / 2
            readonly property int margin: window.narrow ? 10 : 20
            spacing: Theme.spacing

            Item { implicitHeight: page.margin - Theme.spacing + 4 }

            ExpressionPanel {
                id: expressionPanel
                expression: converter.expression
            }

            Card {
                id: converterCard
                title: qsTr("Convert")

                ComboBox {
                    id: categorySelector
                    objectName: "categorySelector"
                    Layout.fillWidth: true
                    implicitHeight: 44
                    model: converter.categories
                    textRole: "name"
                    valueRole: "categoryId"
                    currentIndex: converter.categoryIndex
                    onActivated: (index) => converter.categoryIndex = index
                    font.pointSize: Theme.bodySize
                    Accessible.name: qsTr("Category")
                    Accessible.description: qsTr("The kind of quantity to convert, such as length or temperature")
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: window.narrow ? 1 : 2
                    columnSpacing: 10
                    rowSpacing: 6

                    Label { text: qsTr("From"); color: Theme.mutedText; font.pointSize: Theme.smallSize; Layout.columnSpan: window.narrow ? 1 : 2 }
                    ValueField {
                        id: fromValue
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        field.objectName: "fromValueField"
                        text: converter.fromText
                        error: converter.fromError
                        note: converter.fromNote
                        accessibleName: qsTr("Value to convert, in %1").arg(converter.fromLabel)
                        accessibleDescription: qsTr("Type a number; the other field updates as you type")
                        onEdited: (t) => converter.fromText = t
                        onCopyRequested: window.copyAnswer()
                    }
                    UnitPicker {
                        id: fromPicker
                        objectName: "fromUnitSelector"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        Layout.alignment: Qt.AlignTop
                        unitModel: converter.fromUnits
                        currentUnit: converter.fromUnit
                        label: converter.fromLabel
                        accessibleName: qsTr("From unit (Ctrl+U)")
                        onChosen: (id) => converter.chooseFromUnit(id)
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    IconButton {
                        id: swapButton
                        objectName: "swapButton"
                        text: "\u21C5"
                        tip: qsTr("Swap units (Ctrl+R)")
                        Accessible.description: qsTr("Exchanges the from and to units")
                        onClicked: converter.swap()
                    }
                    IconButton {
                        objectName: "favouriteButton"
                        text: converter.isFavourite ? "\u2605" : "\u2606"
                        glyphColor: converter.isFavourite ? Theme.favourite : Theme.text
                        tip: converter.isFavourite ? qsTr("Remove from favourites (Ctrl+D)") : qsTr("Add to favourites (Ctrl+D)")
                        Accessible.description: qsTr("Keeps this pair of units one click away")
                        onClicked: converter.toggleFavourite()
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: window.narrow ? 1 : 2
                    columnSpacing: 10
                    rowSpacing: 6

                    Label { text: qsTr("To"); color: Theme.mutedText; font.pointSize: Theme.smallSize; Layout.columnSpan: window.narrow ? 1 : 2 }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        Layout.alignment: Qt.AlignTop
                        spacing: 4
                        ValueField {
                            id: toValue
                            Layout.fillWidth: true
                            field.objectName: "toValueField"
                            text: converter.toText
                            error: converter.toError
                            note: converter.toNote
                            accessibleName: qsTr("Result, in %1").arg(converter.toLabel)
                            accessibleDescription: qsTr("The converted value; type here to convert the other way. Ctrl+C copies it")
                            onEdited: (t) => converter.toText = t
                            onCopyRequested: window.copyAnswer()
                        }
                        IconButton {
                            objectName: "copyButton"
                            Layout.alignment: Qt.AlignTop
                            glyph: "copy"
                            tip: qsTr("Copy the result (Ctrl+Shift+C)")
                            Accessible.description: qsTr("Copies the converted value to the clipboard")
                            onClicked: window.copyAnswer()
                        }
                    }
                    UnitPicker {
                        id: toPicker
                        objectName: "toUnitSelector"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        Layout.alignment: Qt.AlignTop
                        unitModel: converter.toUnits
                        currentUnit: converter.toUnit
                        label: converter.toLabel
                        accessibleName: qsTr("To unit (Ctrl+Shift+U)")
                        onChosen: (id) => converter.chooseToUnit(id)
                    }
                }

                Text {
                    Layout.fillWidth: true
                    visible: converter.summary !== ""
                    text: converter.summary
                    color: Theme.mutedText
                    font.pointSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }

            // Panels below the converter are built right after the first frame, so the
            // window appears sooner; they are off-screen at start-up anyway.
            Loader {
                id: lowerPanels
                Layout.fillWidth: true
                active: window.firstFrameShown
                sourceComponent: ColumnLayout {
                    spacing: Theme.spacing
                    property alias allUnitsPanel: allUnitsPanel

                    SavedPanel {
                        title: qsTr("Favourites")
                        kind: qsTr("Favourite")
                        converter: window.converter
                        savedModel: window.converter.favourites
                        emptyText: qsTr("Star a pair of units to keep it here.")
                    }
                    SavedPanel {
                        title: qsTr("Recent")
                        kind: qsTr("Recent")
                        converter: window.converter
                        savedModel: window.converter.recents
                        visible: window.converter.recents.count > 0
                    }

                    PrecisionPanel { converter: window.converter }

                    AllUnitsPanel {
                        id: allUnitsPanel
                        converter: window.converter
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                visible: converter.settingsRecovered !== ""
                text: qsTr("Your settings file could not be read, so defaults are in use. The old file was kept as %1.").arg(converter.settingsRecovered)
                color: Theme.note
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
            }

            Item { implicitHeight: page.margin - Theme.spacing }
        }
    }

    // Declared last so that it is destroyed after the items bound to it.
    Converter {
        id: converter
        objectName: "converter"
    }
}
