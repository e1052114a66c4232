<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AllUnitsPanel</name>
    <message>
        <source>All units</source>
        <translation>Alle Einheiten</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Einheiten filtern</translation>
    </message>
    <message>
        <source>Filter all units</source>
        <translation>Alle Einheiten filtern</translation>
    </message>
    <message>
        <source>Shows only units whose name, symbol or alias contains this text</source>
        <translation>Zeigt nur Einheiten, deren Name, Symbol oder Alias diesen Text enthält</translation>
    </message>
    <message>
        <source>Scroll the list of all units</source>
        <translation>Liste aller Einheiten blättern</translation>
    </message>
    <message>
        <source>Value in every unit</source>
        <translation>Wert in jeder Einheit</translation>
    </message>
    <message>
        <source>Press Enter on a unit to convert to it</source>
        <translation>Eingabetaste auf einer Einheit rechnet in diese um</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Current target unit</source>
        <translation>Aktuelle Zieleinheit</translation>
    </message>
    <message>
        <source>Click to convert to this unit</source>
        <translation>Klicken, um in diese Einheit umzurechnen</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Temperature difference</source>
        <translation>Temperaturdifferenz</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace (Zeit pro Strecke)</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>Drehmoment</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Angular momentum and action</source>
        <translation>Drehimpuls und Wirkung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Specific energy</source>
        <translation>Spezifische Energie</translation>
    </message>
    <message>
        <source>Energy density</source>
        <translation>Energiedichte</translation>
    </message>
    <message>
        <source>Fuel economy</source>
        <translation>Kraftstoffverbrauch</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Solid angle</source>
        <translation>Raumwinkel</translation>
    </message>
    <message>
        <source>Angular velocity</source>
        <translation>Winkelgeschwindigkeit</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Wavenumber and lens power</source>
        <translation>Wellenzahl und Brechkraft</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datenmenge</translation>
    </message>
    <message>
        <source>Data rate</source>
        <translation>Datenrate</translation>
    </message>
    <message>
        <source>Electric current</source>
        <translation>Elektrische Stromstärke</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Elektrische Spannung</translation>
    </message>
    <message>
        <source>Electric charge</source>
        <translation>Elektrische Ladung</translation>
    </message>
    <message>
        <source>Electric resistance</source>
        <translation>Elektrischer Widerstand</translation>
    </message>
    <message>
        <source>Electric conductance</source>
        <translation>Elektrischer Leitwert</translation>
    </message>
    <message>
        <source>Capacitance</source>
        <translation>Elektrische Kapazität</translation>
    </message>
    <message>
        <source>Inductance</source>
        <translation>Induktivität</translation>
    </message>
    <message>
        <source>Magnetic flux</source>
        <translation>Magnetischer Fluss</translation>
    </message>
    <message>
        <source>Magnetic flux density</source>
        <translation>Magnetische Flussdichte</translation>
    </message>
    <message>
        <source>Magnetic field strength</source>
        <translation>Magnetische Feldstärke</translation>
    </message>
    <message>
        <source>Electric field strength</source>
        <translation>Elektrische Feldstärke</translation>
    </message>
    <message>
        <source>Electric dipole moment</source>
        <translation>Elektrisches Dipolmoment</translation>
    </message>
    <message>
        <source>Electrical resistivity</source>
        <translation>Spezifischer elektrischer Widerstand</translation>
    </message>
    <message>
        <source>Electrical conductivity</source>
        <translation>Elektrische Leitfähigkeit</translation>
    </message>
    <message>
        <source>Luminous intensity</source>
        <translation>Lichtstärke</translation>
    </message>
    <message>
        <source>Luminous flux</source>
        <translation>Lichtstrom</translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation>Beleuchtungsstärke</translation>
    </message>
    <message>
        <source>Luminance</source>
        <translation>Leuchtdichte</translation>
    </message>
    <message>
        <source>Luminous efficacy</source>
        <translation>Lichtausbeute</translation>
    </message>
    <message>
        <source>Radioactivity</source>
        <translation>Radioaktivität</translation>
    </message>
    <message>
        <source>Absorbed dose</source>
        <translation>Energiedosis</translation>
    </message>
    <message>
        <source>Equivalent dose</source>
        <translation>Äquivalentdosis</translation>
    </message>
    <message>
        <source>Radiation exposure</source>
        <translation>Ionendosis</translation>
    </message>
    <message>
        <source>Absorbed dose rate</source>
        <translation>Energiedosisleistung</translation>
    </message>
    <message>
        <source>Equivalent dose rate</source>
        <translation>Äquivalentdosisleistung</translation>
    </message>
    <message>
        <source>Amount of substance</source>
        <translation>Stoffmenge</translation>
    </message>
    <message>
        <source>Molar concentration</source>
        <translation>Stoffmengenkonzentration</translation>
    </message>
    <message>
        <source>Molality</source>
        <translation>Molalität</translation>
    </message>
    <message>
        <source>Mass concentration</source>
        <translation>Massenkonzentration</translation>
    </message>
    <message>
        <source>Molar mass</source>
        <translation>Molare Masse</translation>
    </message>
    <message>
        <source>Molar energy</source>
        <translation>Molare Energie</translation>
    </message>
    <message>
        <source>Molar heat capacity and entropy</source>
        <translation>Molare Wärmekapazität und Entropie</translation>
    </message>
    <message>
        <source>Catalytic activity</source>
        <translation>Katalytische Aktivität</translation>
    </message>
    <message>
        <source>Activity concentration</source>
        <translation>Aktivitätskonzentration</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Specific volume</source>
        <translation>Spezifisches Volumen</translation>
    </message>
    <message>
        <source>Linear density</source>
        <translation>Längenbezogene Masse</translation>
    </message>
    <message>
        <source>Area density</source>
        <translation>Flächenbezogene Masse</translation>
    </message>
    <message>
        <source>Volumetric flow rate</source>
        <translation>Volumenstrom</translation>
    </message>
    <message>
        <source>Mass flow rate</source>
        <translation>Massenstrom</translation>
    </message>
    <message>
        <source>Dynamic viscosity</source>
        <translation>Dynamische Viskosität</translation>
    </message>
    <message>
        <source>Kinematic viscosity</source>
        <translation>Kinematische Viskosität</translation>
    </message>
    <message>
        <source>Surface tension</source>
        <translation>Oberflächenspannung</translation>
    </message>
    <message>
        <source>Heat capacity and entropy</source>
        <translation>Wärmekapazität und Entropie</translation>
    </message>
    <message>
        <source>Specific heat capacity</source>
        <translation>Spezifische Wärmekapazität</translation>
    </message>
    <message>
        <source>Thermal conductivity</source>
        <translation>Wärmeleitfähigkeit</translation>
    </message>
    <message>
        <source>Heat flux and irradiance</source>
        <translation>Wärmestromdichte und Bestrahlungsstärke</translation>
    </message>
    <message>
        <source>Heat transfer coefficient</source>
        <translation>Wärmeübergangskoeffizient</translation>
    </message>
    <message>
        <source>Thermal resistance (R-value)</source>
        <translation>Wärmedurchlasswiderstand (R-Wert)</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>Common</source>
        <translation>Häufig</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Weitere Kategorien</translation>
    </message>
</context>
<context>
    <name>Converter</name>
    <message>
        <source>Result too large to show</source>
        <translation>Ergebnis zu groß für die Anzeige</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>5 ft 3 in to cm</source>
        <translation>5 Fuß 3 Zoll in cm</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>current</source>
        <translation>Stromstärke</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Stoffmenge</translation>
    </message>
    <message>
        <source>luminosity</source>
        <translation>Lichtstärke</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Datenmenge</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>dimensionless</source>
        <translation>dimensionslose Größe</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>%1 read as %2</source>
        <translation>%1 gelesen als %2</translation>
    </message>
    <message>
        <source>rounded to the nearest 1/%1 in</source>
        <translation>auf 1/%1 in gerundet</translation>
    </message>
    <message>
        <source>Cannot read this: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>ExpressionPanel</name>
    <message>
        <source>Type a conversion</source>
        <translation>Umrechnung eingeben</translation>
    </message>
    <message>
        <source>e.g. 5 ft 3 in to cm</source>
        <translation>z. B. 5 ft 3 in to cm</translation>
    </message>
    <message>
        <source>Conversion text</source>
        <translation>Umrechnungstext</translation>
    </message>
    <message>
        <source>Type a quantity and a target unit, such as 100 km/h in mph; the answer appears below</source>
        <translation>Geben Sie eine Größe und eine Zieleinheit ein, etwa 100 km/h in mph; die Antwort erscheint darunter</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copies the answer to the clipboard</source>
        <translation>Kopiert die Antwort in die Zwischenablage</translation>
    </message>
    <message>
        <source>Or read it as:</source>
        <translation>Oder gelesen als:</translation>
    </message>
    <message>
        <source>Put “%1” in the text line</source>
        <translation>„%1“ in die Textzeile übernehmen</translation>
    </message>
    <message>
        <source>Read it as %1</source>
        <translation>Als %1 lesen</translation>
    </message>
    <message>
        <source>Puts this reading in the text line and converts it</source>
        <translation>Übernimmt diese Lesart in die Textzeile und rechnet sie um</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>Replaces the unknown unit with this suggestion</source>
        <translation>Ersetzt die unbekannte Einheit durch diesen Vorschlag</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Unit Converter</source>
        <translation>Einheitenrechner</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Theme: %1. Click for %2 (%3)</source>
        <translation>Design: %1. Klicken für %2 (%3)</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Design: %1</translation>
    </message>
    <message>
        <source>Follows the system, now %1.</source>
        <translation>Folgt dem System, gerade %1.</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <source>Always %1.</source>
        <translation>Immer %1.</translation>
    </message>
    <message>
        <source>Press to switch to %1; cycles System, Light and Dark.</source>
        <translation>Drücken wechselt zu %1; der Reihe nach System, Hell und Dunkel.</translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation>Seite blättern</translation>
    </message>
    <message>
        <source>Scroll the page sideways</source>
        <translation>Seite seitlich blättern</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Go to the text line (%1)</source>
        <translation>Zur Textzeile (%1)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Umrechnen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>The kind of quantity to convert, such as length or temperature</source>
        <translation>Die Art der Größe, etwa Länge oder Temperatur</translation>
    </message>
    <message>
        <source>Current category: %1. Press Enter or Space, or type, to search categories.</source>
        <translation>Aktuelle Kategorie: %1. Eingabe- oder Leertaste oder Tippen öffnet die Suche.</translation>
    </message>
    <message>
        <source>Choose the kind of quantity; type to search</source>
        <translation>Art der Größe wählen; Tippen sucht</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Kategorien suchen</translation>
    </message>
    <message>
        <source>Type a category name, in this language or in English; Down moves to the results, Enter picks</source>
        <translation>Kategorienamen eingeben, auf Deutsch oder Englisch; Pfeil nach unten wechselt zu den Treffern, Eingabe wählt</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Common categories first, then all others alphabetically; while searching, the best matches first. Enter picks, Escape closes</source>
        <translation>Häufige Kategorien zuerst, dann alle weiteren alphabetisch; bei der Suche die besten Treffer zuerst. Eingabe wählt, Escape schließt</translation>
    </message>
    <message>
        <source>No category matches</source>
        <translation>Keine Kategorie passt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Value to convert, in %1</source>
        <translation>Umzurechnender Wert, in %1</translation>
    </message>
    <message>
        <source>Type a number; the other field updates as you type</source>
        <translation>Zahl eingeben; das andere Feld rechnet beim Tippen mit</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Ausgangseinheit</translation>
    </message>
    <message>
        <source>Search the from unit (%1)</source>
        <translation>Ausgangseinheit suchen (%1)</translation>
    </message>
    <message>
        <source>Swap units (%1)</source>
        <translation>Einheiten tauschen (%1)</translation>
    </message>
    <message>
        <source>Remove from favourites (%1)</source>
        <translation>Aus Favoriten entfernen (%1)</translation>
    </message>
    <message>
        <source>Add to favourites (%1)</source>
        <translation>Zu Favoriten hinzufügen (%1)</translation>
    </message>
    <message>
        <source>The converted value; type here to convert the other way. %1 copies it</source>
        <translation>Der umgerechnete Wert; hier tippen rechnet andersherum. %1 kopiert ihn</translation>
    </message>
    <message>
        <source>Copy the result (%1)</source>
        <translation>Ergebnis kopieren (%1)</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>Zieleinheit</translation>
    </message>
    <message>
        <source>Search the to unit (%1)</source>
        <translation>Zieleinheit suchen (%1)</translation>
    </message>
    <message>
        <source>Filter the units (%1)</source>
        <translation>Einheiten filtern (%1)</translation>
    </message>
    <message>
        <source>Exchanges the from and to units</source>
        <translation>Vertauscht Ausgangs- und Zieleinheit</translation>
    </message>
    <message>
        <source>Keeps this pair of units one click away</source>
        <translation>Hält dieses Einheitenpaar einen Klick entfernt bereit</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Result, in %1</source>
        <translation>Ergebnis, in %1</translation>
    </message>
    <message>
        <source>Copies the converted value to the clipboard</source>
        <translation>Kopiert den umgerechneten Wert in die Zwischenablage</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Star a pair of units to keep it here.</source>
        <translation>Markieren Sie ein Einheitenpaar mit dem Stern, um es hier abzulegen.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Your settings file could not be read, so defaults are in use. The old file was kept as %1.</source>
        <translation type="vanished">Die Einstellungsdatei war nicht lesbar, daher gelten die Standardwerte. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Your units in %1 are not used: %2</source>
        <translation>Ihre Einheiten in %1 werden nicht verwendet: %2</translation>
    </message>
    <message>
        <source>ECB rates of %1</source>
        <translation>EZB-Kurse vom %1</translation>
    </message>
    <message>
        <source>(more than a week old)</source>
        <translation>(älter als eine Woche)</translation>
    </message>
    <message>
        <source>Your units could not be saved: %1</source>
        <translation>Ihre Einheiten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Exchange rates and your units</source>
        <translation>Wechselkurse und eigene Einheiten</translation>
    </message>
    <message>
        <source>Downloading the exchange rates</source>
        <translation>Die Wechselkurse werden geladen</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Update rates</source>
        <translation>Kurse aktualisieren</translation>
    </message>
    <message>
        <source>Update the exchange rates</source>
        <translation>Die Wechselkurse aktualisieren</translation>
    </message>
    <message>
        <source>Downloads today&apos;s reference rates of the European Central Bank</source>
        <translation>Lädt die heutigen Referenzkurse der Europäischen Zentralbank</translation>
    </message>
    <message>
        <source>Download rates</source>
        <translation>Kurse laden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When I ask</source>
        <translation>Wenn ich es will</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Download exchange rates</source>
        <translation>Wechselkurse laden</translation>
    </message>
    <message>
        <source>Never, only when you press the button, or once a day at start</source>
        <translation>Nie, nur auf Knopfdruck oder einmal täglich beim Start</translation>
    </message>
    <message>
        <source>Your units (one per line, such as: zorp = 67 in)</source>
        <translation>Eigene Einheiten (eine je Zeile, etwa: zorp = 67 in)</translation>
    </message>
    <message>
        <source># zorp = 67 in
# beer = 4.5 EUR</source>
        <translation># zorp = 67 in
# Bier = 4.5 EUR</translation>
    </message>
    <message>
        <source>Your units</source>
        <translation>Eigene Einheiten</translation>
    </message>
    <message>
        <source>Definitions, one per line: a name, =, and what it is in other units</source>
        <translation>Definitionen, eine je Zeile: ein Name, = und was er in anderen Einheiten ist</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in use</source>
        <translation>
            <numerusform>%n Einheit in Verwendung</numerusform>
            <numerusform>%n Einheiten in Verwendung</numerusform>
        </translation>
    </message>
    <message>
        <source>Save units</source>
        <translation>Einheiten speichern</translation>
    </message>
    <message>
        <source>Saves your units to my.units and uses them at once</source>
        <translation>Speichert Ihre Einheiten in my.units und verwendet sie sofort</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>Not a number</source>
        <translation>Keine Zahl</translation>
    </message>
    <message>
        <source>Unclear number: check the separators</source>
        <translation>Unklare Zahl: bitte Trennzeichen prüfen</translation>
    </message>
    <message>
        <source>Read as %1 (thousands separator)</source>
        <translation>Gelesen als %1 (Tausendertrennzeichen)</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
</context>
<context>
    <name>PrecisionPanel</name>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Nachkommastellen</translation>
    </message>
    <message>
        <source>Significant digits</source>
        <translation>Signifikante Stellen</translation>
    </message>
    <message>
        <source>Decimal places</source>
        <translation>Nachkommastellen</translation>
    </message>
    <message>
        <source>How many digits results show</source>
        <translation>Wie viele Stellen Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Fixed decimals</source>
        <translation>Feste Nachkommastellen</translation>
    </message>
    <message>
        <source>Scientific</source>
        <translation>Wissenschaftlich</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Schreibweise</translation>
    </message>
    <message>
        <source>Automatic, fixed decimals, scientific or engineering notation</source>
        <translation>Automatische, feste, wissenschaftliche oder technische Schreibweise</translation>
    </message>
    <message>
        <source>Group digits</source>
        <translation>Ziffern gruppieren</translation>
    </message>
    <message>
        <source>Separates thousands, as in 1,234,567</source>
        <translation>Trennt Tausender, wie in 1.234.567</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <source>Text line units</source>
        <translation>Einheiten der Textzeile</translation>
    </message>
    <message>
        <source>Gallons, pints, tons</source>
        <translation>Gallonen, Pints, Tonnen</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>UK (imperial)</source>
        <translation>UK (Imperial)</translation>
    </message>
    <message>
        <source>Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean</source>
        <translation>Welche Gallone, Pint, Quart, Flüssigunze, Tonne und welcher Zentner mit den einfachen Namen gemeint sind</translation>
    </message>
    <message>
        <source>US or UK customary units</source>
        <translation>US- oder britische Maßeinheiten</translation>
    </message>
    <message>
        <source>Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean in the text line</source>
        <translation>Welche Gallone, Pint, Quart, Flüssigunze, Tonne und welcher Zentner in der Textzeile mit den einfachen Namen gemeint sind</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimal</translation>
    </message>
    <message>
        <source>Nearest 1/2</source>
        <translation>Auf 1/2 genau</translation>
    </message>
    <message>
        <source>Nearest 1/4</source>
        <translation>Auf 1/4 genau</translation>
    </message>
    <message>
        <source>Nearest 1/8</source>
        <translation>Auf 1/8 genau</translation>
    </message>
    <message>
        <source>Nearest 1/16</source>
        <translation>Auf 1/16 genau</translation>
    </message>
    <message>
        <source>Nearest 1/32</source>
        <translation>Auf 1/32 genau</translation>
    </message>
    <message>
        <source>Nearest 1/64</source>
        <translation>Auf 1/64 genau</translation>
    </message>
    <message>
        <source>Shows inches in the text line&apos;s answers as fractions, such as 5 ft 6 15/16 in</source>
        <translation>Zeigt Zoll in den Antworten der Textzeile als Bruch, etwa 5 ft 6 15/16 in</translation>
    </message>
    <message>
        <source>Inch fractions</source>
        <translation>Zollbrüche</translation>
    </message>
    <message>
        <source>Decimal inches, or inches to the nearest half, quarter, eighth, sixteenth, thirty-second or sixty-fourth</source>
        <translation>Zoll als Dezimalzahl oder auf ein Halb, Viertel, Achtel, Sechzehntel, Zweiunddreißigstel oder Vierundsechzigstel gerundet</translation>
    </message>
</context>
<context>
    <name>SavedPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Converts with these units again</source>
        <translation>Rechnet wieder mit diesen Einheiten um</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Scroll %1</source>
        <translation>%1 blättern</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 cannot be created there, so defaults are in use and nothing will be saved.</source>
        <translation>Die Einstellungsdatei %1 kann dort nicht angelegt werden, daher gelten die Standardwerte und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be used (%2), so defaults are in use and nothing will be saved.</source>
        <translation>Die Einstellungsdatei %1 ist nicht verwendbar (%2), daher gelten die Standardwerte und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a settings file. Defaults are in use, and nothing will be saved there.</source>
        <translation>%1 ist ein Ordner, keine Einstellungsdatei. Es gelten die Standardwerte, und dort wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not a settings file. Defaults are in use, and nothing will be saved there.</source>
        <translation>%1 ist keine Einstellungsdatei. Es gelten die Standardwerte, und dort wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2). Defaults are in use; the file is left as it is and nothing will be saved.</source>
        <translation>Die Einstellungsdatei %1 ist nicht lesbar (%2). Es gelten die Standardwerte; die Datei bleibt unverändert und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>The settings file %1 is read-only: it is used as it is, and changes will not be saved.</source>
        <translation>Die Einstellungsdatei %1 ist schreibgeschützt: Sie wird so verwendet, wie sie ist, und Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so defaults are in use. A copy of the damaged file was kept as %1.</source>
        <translation>Die Einstellungsdatei war beschädigt, daher gelten die Standardwerte. Eine Kopie der beschädigten Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a settings file, so defaults are in use. The file is left as it is and nothing will be saved to it.</source>
        <translation>%1 ist beschädigt oder keine Einstellungsdatei, daher gelten die Standardwerte. Die Datei bleibt unverändert, und nichts wird darin gespeichert.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>UnitError</name>
    <message>
        <source>“%1”</source>
        <comment>a unit name quoted in a list of suggestions</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>joins suggestions before the last one</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>joins the last suggestion</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Unknown unit “%1”.</source>
        <translation>Unbekannte Einheit „%1“.</translation>
    </message>
    <message>
        <source>An empty unit between “;”.</source>
        <translation>Zwischen „;“ fehlt eine Einheit.</translation>
    </message>
    <message>
        <source>Could not tell the unit of the result.</source>
        <translation>Die Einheit des Ergebnisses ließ sich nicht bestimmen.</translation>
    </message>
    <message>
        <source>Nothing to convert before “%1”: write the amount first, as in “5 ft %1 cm”.</source>
        <translation>Vor „%1“ steht nichts zum Umrechnen: Schreiben Sie zuerst die Menge, etwa „5 ft %1 cm“.</translation>
    </message>
    <message>
        <source>The units can be read in more than one way (%1): write the unit&apos;s symbol to choose.</source>
        <translation>Die Einheiten lassen sich auf mehrere Arten lesen (%1): Schreiben Sie das Einheitenzeichen, um eine zu wählen.</translation>
    </message>
    <message>
        <source>Inches can be shown in halves, quarters, eighths, 16ths, 32nds or 64ths, not 1/%1.</source>
        <translation>Zoll lassen sich in Halben, Vierteln, Achteln, 16teln, 32steln oder 64steln zeigen, nicht in 1/%1.</translation>
    </message>
    <message>
        <source>Line %1: expected a definition such as “smoot = 67 in” (NAME = EXPRESSION).</source>
        <translation>Zeile %1: erwartet wird eine Definition wie „smoot = 67 in“ (NAME = AUSDRUCK).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: “%2” cannot be a unit name: use letters, digits and “_”, starting with a letter.</source>
        <translation>Zeile %1: „%2“ kann kein Einheitenname sein: Buchstaben, Ziffern und „_“ verwenden, am Anfang ein Buchstabe.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is already a unit; pick another name.</source>
        <translation>Zeile %1: „%2“ ist schon eine Einheit; bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is already defined on line %3.</source>
        <translation>Zeile %1: „%2“ ist schon in Zeile %3 definiert.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” refers back to itself.</source>
        <translation>Zeile %1: Die Definition von „%2“ verweist auf sich selbst zurück.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” uses “%3”, which is not a unit.</source>
        <translation>Zeile %1: Die Definition von „%2“ verwendet „%3“, das keine Einheit ist.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” cannot be used: %3</source>
        <translation>Zeile %1: Die Definition von „%2“ ist nicht verwendbar: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a text file of unit definitions.</source>
        <translation>„%1“ lässt sich nicht als Textdatei mit Einheitendefinitionen lesen.</translation>
    </message>
    <message>
        <source>The exchange rates could not be downloaded from %1: %2. The rates in use stay.</source>
        <translation>Die Wechselkurse konnten nicht von %1 geladen werden: %2. Die bisherigen Kurse bleiben.</translation>
    </message>
    <message>
        <source>The download is not the ECB&apos;s daily exchange rate feed. The rates in use stay.</source>
        <translation>Die geladene Datei ist nicht der tägliche Wechselkurs-Feed der EZB. Die bisherigen Kurse bleiben.</translation>
    </message>
    <message>
        <source>The download is larger than %1 bytes, more than any exchange rate feed. The rates in use stay.</source>
        <translation>Die geladene Datei ist größer als %1 Bytes, mehr als jeder Wechselkurs-Feed. Die bisherigen Kurse bleiben.</translation>
    </message>
    <message>
        <source>The exchange rate feed has no valid date (“%1”). The rates in use stay.</source>
        <translation>Der Wechselkurs-Feed hat kein gültiges Datum („%1“). Die bisherigen Kurse bleiben.</translation>
    </message>
    <message>
        <source>The exchange rate feed lists “%1”, which is not a currency code or is given twice. The rates in use stay.</source>
        <translation>Der Wechselkurs-Feed nennt „%1“, das kein Währungscode ist oder doppelt vorkommt. Die bisherigen Kurse bleiben.</translation>
    </message>
    <message>
        <source>The exchange rate feed gives %1 a rate of “%2”, which is not a positive number. The rates in use stay.</source>
        <translation>Der Wechselkurs-Feed gibt für %1 den Kurs „%2“ an, der keine positive Zahl ist. Die bisherigen Kurse bleiben.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Cannot convert “%1” (%2) to “%3” (%4).</source>
        <translation>„%1“ (%2) lässt sich nicht in „%3“ (%4) umrechnen.</translation>
    </message>
    <message>
        <source>Cannot add %1 and %2.</source>
        <translation>%1 und %2 lassen sich nicht addieren.</translation>
    </message>
    <message>
        <source>Cannot raise %1 to a fractional power.</source>
        <translation>%1 lässt sich nicht mit einem Bruch potenzieren.</translation>
    </message>
    <message>
        <source>Adding temperatures on the “%1” scale is ambiguous: write the difference in a difference unit (deltaC, deltaF) or in K.</source>
        <translation>Temperaturen auf der Skala „%1“ zu addieren ist mehrdeutig: Schreiben Sie die Differenz in einer Differenzeinheit (deltaC, deltaF) oder in K.</translation>
    </message>
    <message>
        <source>A “(” at position %1 is never closed.</source>
        <translation>Die Klammer „(“ an Position %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>Die Zahl %1 ist zu groß.</translation>
    </message>
    <message>
        <source>The number %1 is too small to represent.</source>
        <translation>Die Zahl %1 ist zu klein, um sie darzustellen.</translation>
    </message>
    <message>
        <source>The result is too large to represent.</source>
        <translation>Das Ergebnis ist zu groß, um es darzustellen.</translation>
    </message>
    <message>
        <source>“%1” is not a number: it has more than one decimal point.</source>
        <translation>„%1“ ist keine Zahl: Sie hat mehr als einen Dezimalpunkt.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division durch null.</translation>
    </message>
    <message>
        <source>“%1” has size zero.</source>
        <translation>„%1“ hat die Größe null.</translation>
    </message>
    <message>
        <source>Cannot take a root of a negative number.</source>
        <translation>Aus einer negativen Zahl lässt sich keine Wurzel ziehen.</translation>
    </message>
    <message>
        <source>Nothing to convert: the text is empty.</source>
        <translation>Nichts umzurechnen: Der Text ist leer.</translation>
    </message>
    <message>
        <source>No unit given.</source>
        <translation>Keine Einheit angegeben.</translation>
    </message>
    <message>
        <source>Unexpected “,”: write decimals with a point (1.5), and separate target units with “;” (ft;in).</source>
        <translation>Unerwartetes „,“: Dezimalzahlen mit Punkt schreiben (1.5) und Zieleinheiten mit „;“ trennen (ft;in).</translation>
    </message>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>Der Text ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>Unexpected character “%1” at position %2.</source>
        <translation>Unerwartetes Zeichen „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>That exponent is too large.</source>
        <translation>Dieser Exponent ist zu groß.</translation>
    </message>
    <message>
        <source>“⁻” must be followed by a superscript digit.</source>
        <translation>Auf „⁻“ muss eine hochgestellte Ziffer folgen.</translation>
    </message>
    <message>
        <source>Unexpected “%1” at position %2.</source>
        <translation>Unerwartetes „%1“ an Position %2.</translation>
    </message>
    <message>
        <source>The expression ends too early.</source>
        <translation>Der Ausdruck endet zu früh.</translation>
    </message>
    <message>
        <source>The expression is nested too deeply.</source>
        <translation>Der Ausdruck ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>An exponent must be a small number such as 2, -1 or (1/2).</source>
        <translation>Ein Exponent muss eine kleine Zahl sein, etwa 2, -1 oder (1/2).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The values are not aligned to 8 bytes.</source>
        <translation>Die Werte sind nicht an 8 Byte ausgerichtet.</translation>
    </message>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>The unit&apos;s powers are too large.</source>
        <translation>Die Exponenten der Einheit sind zu groß.</translation>
    </message>
    <message>
        <source>A temperature on the “%1” scale cannot be multiplied or divided: convert it to K first, or write a difference (deltaC, deltaF).</source>
        <translation>Eine Temperatur auf der Skala „%1“ lässt sich nicht multiplizieren oder dividieren: Rechnen Sie sie zuerst in K um oder schreiben Sie eine Differenz (deltaC, deltaF).</translation>
    </message>
    <message>
        <source>That temperature is below absolute zero on the “%1” scale.</source>
        <translation>Diese Temperatur liegt auf der Skala „%1“ unter dem absoluten Nullpunkt.</translation>
    </message>
    <message>
        <source>Say which unit to convert to after “to”.</source>
        <translation>Geben Sie nach „to“ an, in welche Einheit umgerechnet werden soll.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Current unit: %1. Press Enter or Space to search units.</source>
        <translation>Aktuelle Einheit: %1. Eingabe- oder Leertaste öffnet die Suche.</translation>
    </message>
    <message>
        <source>Search by name, symbol or alias</source>
        <translation>Nach Name, Symbol oder Alias suchen</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Einheiten suchen</translation>
    </message>
    <message>
        <source>Type a unit name, symbol or alias; Down moves to the results, Enter picks</source>
        <translation>Name, Symbol oder Alias eingeben; Pfeil nach unten wechselt zu den Treffern, Eingabe wählt</translation>
    </message>
    <message>
        <source>Matching units</source>
        <translation>Passende Einheiten</translation>
    </message>
    <message>
        <source>Units matching the search, best first; Enter picks, Escape closes</source>
        <translation>Zur Suche passende Einheiten, beste zuerst; Eingabe wählt, Escape schließt</translation>
    </message>
    <message>
        <source>other kind</source>
        <translation>andere Größe</translation>
    </message>
    <message>
        <source>No unit matches</source>
        <translation>Keine Einheit passt</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>Enter a number</source>
        <translation>Zahl eingeben</translation>
    </message>
</context>
</TS>
