pragma Singleton
import QtQuick

// Colours and sizes shared by every component; Main.qml binds `dark` to the view model.
QtObject {
    property bool dark: false

    readonly property color background: dark ? "#15171c" : "#f3f4f7"
    readonly property color surface: dark ? "#1f2229" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272b34" : "#f6f7fa"
    readonly property color border: dark ? "#363b46" : "#dfe2e8"
    readonly property color text: dark ? "#e9ebf0" : "#1c1f26"
    readonly property color mutedText: dark ? "#a3a9b6" : "#5b6270"
    readonly property color accent: dark ? "#7ab4ff" : "#2563d6"
    readonly property color accentText: dark ? "#0d1420" : "#ffffff"
    readonly property color accentSoft: dark ? "#22344f" : "#e6eefc"
    readonly property color error: dark ? "#ff8a80" : "#c62828"
    readonly property color note: dark ? "#ffd27a" : "#8a5a00"
    readonly property color favourite: dark ? "#ffc94d" : "#d99100"

    readonly property int radius: 10
    readonly property int spacing: 12
    readonly property int padding: 16
    readonly property real bodySize: 11
    readonly property real smallSize: 9.5
    readonly property real titleSize: 15
    readonly property real valueSize: 17
}
