import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 560
    height: 820
    minimumWidth: 360
    minimumHeight: 480
    // Shown by Component.onCompleted, once its saved place is restored: a window shown at
    // creation is mapped where it was made and moved after (a jump under a window manager;
    // under X11 the move can even land after the first frame).
    visible: false
    title: qsTr("Unit Converter")
    color: Theme.background

    // Layout: one centred column below `wideWidth`; above it the converter and its
    // panels on the left and the all-units list filling the right column's height.
    readonly property int wideWidth: 900
    readonly property bool wide: width >= wideWidth
    readonly property bool narrow: width < 520
    readonly property int margin: narrow ? 10 : 20
    readonly property int gutter: 20
    // Set on the event after the first frame's swap, not inside it: what it starts (the
    // lower panels' loading) then waits for the rest of frameSwapped's slots.
    property bool firstFrameShown: false
    function markFirstFrameShown() { firstFrameShown = true }
    onFrameSwapped: if (!firstFrameShown) Qt.callLater(markFirstFrameShown)
    // The view model (gui/converter.py's Converter), made in Python and handed over at
    // load (engine.create_engine). Untyped, so loading this file waits for no Python
    // module: the types load while the view model is made.
    required property var converter

    // The desktop's colour scheme, live (Qt 6.5+); a plain property so tests can stand in
    // for a platform that reports one (offscreen reports none).
    property int systemColorScheme: Application.styleHints.colorScheme
    readonly property bool dark: converter.theme === "dark"
                                 || (converter.theme === "system" && systemColorScheme === Qt.ColorScheme.Dark)
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
        const g = converter.geometry(minimumWidth, minimumHeight)
        if (g.length === 4) {
            x = g[0]; y = g[1]; width = g[2]; height = g[3]
        }
        visible = true
    }
    onClosing: {
        converter.saveGeometry(x, y, width, height)
        converter.flush()
    }

    // Keyboard shortcuts: their nativeText is shown in the tooltips of the controls they
    // act on, so a tooltip never names a key that does something else.
    Shortcut { id: swapShortcut; sequence: "Ctrl+R"; onActivated: converter.swap() }
    Shortcut { id: lineShortcut; sequence: "Ctrl+L"; onActivated: expressionPanel.field.forceActiveFocus() }
    Shortcut { id: filterShortcut; sequence: "Ctrl+F"; onActivated: if (allUnitsLoader.item) allUnitsLoader.item.filterField.forceActiveFocus() }
    Shortcut { id: fromUnitShortcut; sequence: "Ctrl+U"; onActivated: fromPicker.openSearch("") }
    Shortcut { id: toUnitShortcut; sequence: "Ctrl+Shift+U"; onActivated: toPicker.openSearch("") }
    Shortcut { id: copyShortcut; sequence: "Ctrl+Shift+C"; onActivated: window.copyAnswer() }
    Shortcut { id: favouriteShortcut; sequence: "Ctrl+D"; onActivated: converter.toggleFavourite() }
    Shortcut { id: themeShortcut; sequence: "Ctrl+Shift+T"; onActivated: window.cycleTheme() }
    readonly property var shortcutTexts: ({
        swap: swapShortcut.nativeText, line: lineShortcut.nativeText, filter: filterShortcut.nativeText,
        fromUnit: fromUnitShortcut.nativeText, toUnit: toUnitShortcut.nativeText,
        copy: copyShortcut.nativeText, favourite: favouriteShortcut.nativeText, theme: themeShortcut.nativeText
    })

    // On X11 (and in any desktop whose key bindings say so) Ctrl+U means "delete the
    // line" to a text field, which then claims the key before the Shortcut above sees
    // it. The text fields pass key presses here first; true means handled.
    function textFieldKey(event) {
        const mods = event.modifiers & (Qt.ControlModifier | Qt.ShiftModifier | Qt.AltModifier | Qt.MetaModifier)
        if (event.key !== Qt.Key_U || (mods & ~Qt.ShiftModifier) !== Qt.ControlModifier)
            return false
        if (mods & Qt.ShiftModifier) toPicker.openSearch("")
        else fromPicker.openSearch("")
        return true
    }

    function copyAnswer() {
        if (converter.copyResult()) copiedTip.show(qsTr("Copied"), 1200)
    }

    // The theme button cycles System -> Light -> Dark -> System; the choice is saved.
    readonly property var themeOrder: ["system", "light", "dark"]
    function nextTheme(theme) {
        return themeOrder[(themeOrder.indexOf(theme) + 1) % themeOrder.length]
    }
    function themeName(theme) {
        return theme === "light" ? qsTr("Light") : theme === "dark" ? qsTr("Dark") : qsTr("System")
    }
    function cycleTheme() {
        converter.theme = nextTheme(converter.theme)
    }

    onWideChanged: placeAllUnits()
    function placeAllUnits() {
        const slot = wide ? wideSlot : narrowSlot
        if (allUnitsLoader.parent === slot) return
        const focused = activeFocusItem
        let p = focused
        while (p && p !== allUnitsLoader) p = p.parent
        allUnitsLoader.parent = slot
        if (p) focused.forceActiveFocus()
    }

    // Qt Quick does not scroll a Flickable to the item Tab moves to; do it here so the
    // keyboard never lands on a control below the fold.
    onActiveFocusItemChanged: ensureVisible(activeFocusItem)
    function ensureVisible(item) {
        let p = item
        while (p && p !== page) p = p.parent
        if (!p) return
        const flick = scroll.contentItem
        const top = item.mapToItem(page, 0, 0).y - Theme.spacing
        const bottom = top + item.height + 2 * Theme.spacing
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(bottom - flick.height, flick.contentHeight - flick.height))
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
                readonly property string theme: converter.theme
                readonly property string next: window.nextTheme(theme)
                text: theme === "light" ? "\u2600" : theme === "dark" ? "\u263E" : "\u25D0"
                tip: qsTr("Theme: %1. Click for %2 (%3)").arg(window.themeName(theme))
                        .arg(window.themeName(next)).arg(window.shortcutTexts.theme)
                Accessible.name: qsTr("Theme: %1").arg(window.themeName(theme))
                Accessible.description: (theme === "system"
                        ? qsTr("Follows the system, now %1.").arg(window.dark ? qsTr("dark") : qsTr("light"))
                        : qsTr("Always %1.").arg(window.themeName(theme).toLowerCase()))
                        + " " + qsTr("Press to switch to %1; cycles System, Light and Dark.").arg(window.themeName(next))
                onClicked: window.cycleTheme()
            }
        }
    }

    Item {
        id: body
        anchors.fill: parent
        // Wide: both columns together at most 1240 px, centred; the left one 500-640 px.
        readonly property real pageWidth: Math.min(width - 2 * window.margin, 1240)
        readonly property real leftWidth: Math.round(Math.min(640, Math.max(500, (pageWidth - window.gutter) * 0.56)))
        readonly property real pageX: Math.round((width - pageWidth) / 2)

    ScrollView {
        id: scroll
        // Wide: the scroll bar sits in the gutter between the columns.
        x: window.wide ? body.pageX : 0
        width: window.wide ? body.leftWidth + window.gutter : body.width
        height: body.height
        contentWidth: availableWidth
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
        // The style's own scroll bars are focusable controls to a screen reader: name them.
        Binding { target: scroll.ScrollBar.vertical; property: "Accessible.name"; value: qsTr("Scroll the page") }
        Binding { target: scroll.ScrollBar.horizontal; property: "Accessible.name"; value: qsTr("Scroll the page sideways") }

        ColumnLayout {
            id: page
            width: window.wide ? body.leftWidth : Math.min(scroll.availableWidth - 2 * margin, 760)
            x: window.wide ? 0 : Math.round((scroll.availableWidth - width) / 2)
            readonly property int margin: window.margin
            spacing: Theme.spacing

            Item { implicitHeight: page.margin - Theme.spacing + 4 }

            // Shown when the settings file could not be used as it is: what happened and
            // what the app did, at the top where it is seen, until dismissed. Made only
            // then: a start without a problem creates none of it.
            Loader {
                id: settingsNoticeSlot
                property bool dismissed: false
                Layout.fillWidth: true
                active: converter.settingsProblem !== ""
                visible: active && !dismissed
                sourceComponent: Rectangle {
                    id: settingsNotice
                    objectName: "settingsNotice"
                    implicitHeight: noticeRow.implicitHeight + 2 * 10
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.note
                    RowLayout {
                        id: noticeRow
                        anchors.fill: parent
                        anchors.margins: 10
                        anchors.leftMargin: Theme.padding
                        Text {
                            Layout.fillWidth: true
                            text: converter.settingsProblem
                            color: Theme.text
                            font.pointSize: Theme.smallSize
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                        IconButton {
                            objectName: "settingsNoticeDismiss"
                            Layout.alignment: Qt.AlignTop
                            text: "\u2715"
                            font.pointSize: Theme.bodySize
                            tip: qsTr("Dismiss this message")
                            onClicked: { settingsNoticeSlot.dismissed = true; expressionPanel.field.forceActiveFocus() }
                        }
                    }
                }
            }

            ExpressionPanel {
                id: expressionPanel
                expression: converter.expression
                tip: qsTr("Go to the text line (%1)").arg(window.shortcutTexts.line)
            }
            RatesStatus {
                objectName: "expressionRatesStatus"
                Layout.fillWidth: true
                money: converter.money
                visible: converter.money.isMoney(converter.expression.result)
            }

            Card {
                id: converterCard
                title: qsTr("Convert")

                // Common categories first, then the rest A-Z (ordered by the view model);
                // typing searches the shown name, the English name and the id.
                SearchPicker {
                    id: categorySelector
                    objectName: "categorySelector"
                    Layout.fillWidth: true
                    model: converter.categoryChoices
                    idRole: "categoryId"
                    sectionRole: "section"
                    currentId: converter.categoryId
                    label: converter.categoryName
                    popupHeight: 460
                    accessibleName: qsTr("Category")
                    accessibleDescription: qsTr("The kind of quantity to convert, such as length or temperature") + ". "
                                           + qsTr("Current category: %1. Press Enter or Space, or type, to search categories.").arg(label)
                    tip: qsTr("Choose the kind of quantity; type to search")
                    searchPlaceholder: qsTr("Search categories")
                    searchName: qsTr("Search categories")
                    searchDescription: qsTr("Type a category name, in this language or in English; Down moves to the results, Enter picks")
                    listName: qsTr("Categories")
                    listDescription: qsTr("Common categories first, then all others alphabetically; while searching, the best matches first. Enter picks, Escape closes")
                    emptyText: qsTr("No category matches")
                    onChosen: (id) => converter.chooseCategory(id)
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
                        accessibleName: qsTr("From unit")
                        tip: qsTr("Search the from unit (%1)").arg(window.shortcutTexts.fromUnit)
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
                        tip: qsTr("Swap units (%1)").arg(window.shortcutTexts.swap)
                        Accessible.description: qsTr("Exchanges the from and to units")
                        onClicked: converter.swap()
                    }
                    IconButton {
                        objectName: "favouriteButton"
                        text: converter.isFavourite ? "\u2605" : "\u2606"
                        glyphColor: converter.isFavourite ? Theme.favourite : Theme.text
                        tip: (converter.isFavourite ? qsTr("Remove from favourites (%1)") : qsTr("Add to favourites (%1)")).arg(window.shortcutTexts.favourite)
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
                            accessibleDescription: qsTr("The converted value; type here to convert the other way. %1 copies it").arg(window.shortcutTexts.copy)
                            onEdited: (t) => converter.toText = t
                            onCopyRequested: window.copyAnswer()
                        }
                        IconButton {
                            objectName: "copyButton"
                            Layout.alignment: Qt.AlignTop
                            glyph: "copy"
                            tip: qsTr("Copy the result (%1)").arg(window.shortcutTexts.copy)
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
                        accessibleName: qsTr("To unit")
                        tip: qsTr("Search the to unit (%1)").arg(window.shortcutTexts.toUnit)
                        onChosen: (id) => converter.chooseToUnit(id)
                    }
                }

                // Beside every currency result: the rates' date, marked when old.
                RatesStatus {
                    objectName: "ratesStatus"
                    Layout.fillWidth: true
                    money: converter.money
                    visible: converter.categoryId === "money" || converter.money.isMoney(converter.expression.result)
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

            // Panels below the converter are built after the first frame, so the window
            // appears sooner; they are off-screen at start-up anyway. Asynchronously: built
            // between frames, not inside the frameSwapped that shows the first one. By URL
            // (setSource), not inline, so start-up does not even load their types.
            Loader {
                id: favouritesLoader
                Layout.fillWidth: true
                active: window.firstFrameShown
                asynchronous: true
                Component.onCompleted: setSource(Qt.resolvedUrl("SavedPanel.qml"), {
                    title: qsTr("Favourites"), kind: qsTr("Favourite"), converter: window.converter,
                    savedModel: window.converter.favourites, emptyText: qsTr("Star a pair of units to keep it here.")
                })
            }
            Loader {
                id: recentsLoader
                Layout.fillWidth: true
                visible: window.converter.recents.count > 0
                active: window.firstFrameShown
                asynchronous: true
                Component.onCompleted: setSource(Qt.resolvedUrl("SavedPanel.qml"), {
                    title: qsTr("Recent"), kind: qsTr("Recent"), converter: window.converter,
                    savedModel: window.converter.recents
                })
            }
            Loader {
                id: precisionLoader
                Layout.fillWidth: true
                active: window.firstFrameShown
                asynchronous: true
                Component.onCompleted: setSource(Qt.resolvedUrl("PrecisionPanel.qml"), { converter: window.converter })
            }
            Loader {
                id: readingLoader
                Layout.fillWidth: true
                active: window.firstFrameShown
                asynchronous: true
                Component.onCompleted: setSource(Qt.resolvedUrl("ReadingPanel.qml"), { expression: window.converter.expression })
            }

            // Where the all-units panel goes in the single column.
            ColumnLayout {
                id: narrowSlot
                Layout.fillWidth: true
                visible: !window.wide
                spacing: 0
            }

            // Money and your own units, last in the column (built after the first frame;
            // by URL like the panels above, so start-up does not load its type).
            Loader {
                Layout.fillWidth: true
                active: window.firstFrameShown
                Component.onCompleted: setSource(Qt.resolvedUrl("MoneyPanel.qml"), { money: window.converter.money })
            }

            Item { implicitHeight: page.margin - Theme.spacing }
        }
    }

    // The right column when wide: the all-units panel, as tall as the window allows.
    ColumnLayout {
        id: wideSlot
        visible: window.wide
        x: body.pageX + body.leftWidth + window.gutter
        y: window.margin + 4
        width: body.pageWidth - body.leftWidth - window.gutter
        height: body.height - y - window.margin
        spacing: 0
    }

    // One panel, moved between the two slots; built after the other lower panels (so
    // once it exists, the whole window does), by URL like them. Declared after both
    // columns so Tab reaches it last.
    Loader {
        id: allUnitsLoader
        // Moved by placeAllUnits(), not by a binding: moving an item drops the keyboard
        // focus inside it, which has to be noted before the move and given back after.
        Component.onCompleted: {
            window.placeAllUnits()
            setSource(Qt.resolvedUrl("AllUnitsPanel.qml"), {
                converter: window.converter, fill: window.wide,
                filterTip: qsTr("Filter the units (%1)").arg(window.shortcutTexts.filter)
            })
        }
        Layout.fillWidth: true
        Layout.fillHeight: window.wide
        active: favouritesLoader.status === Loader.Ready && recentsLoader.status === Loader.Ready
                && precisionLoader.status === Loader.Ready && readingLoader.status === Loader.Ready
        asynchronous: true
    }
    Binding { target: allUnitsLoader.item; property: "fill"; value: window.wide; when: allUnitsLoader.item !== null }
    }
}
