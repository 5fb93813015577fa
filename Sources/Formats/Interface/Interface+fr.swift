extension Interface {
  /// The interface in French, by its English text.
  static let french: [String: String] = [
    // Keys: what they do.
    "Move up a slot": "Monter d'un créneau",
    "Up the list": "Monter dans la liste",
    "Scroll up": "Remonter",
    "↑↓ choose": "↑↓ choisir",
    "↑↓ scroll": "↑↓ défiler",
    "Move down a slot": "Descendre d'un créneau",
    "Down the list": "Descendre dans la liste",
    "Scroll down": "Descendre",
    "Move to the room on the left": "Aller à la salle de gauche",
    "Move to the room on the right": "Aller à la salle de droite",
    "Up a screen": "Un écran plus haut",
    "Down a screen": "Un écran plus bas",
    "PgUp PgDn": "PgPréc PgSuiv",
    "Go to the day's opening": "Aller à l'ouverture de la journée",
    "The list's top": "Le haut de la liste",
    "The top": "Le début",
    "Go to the day's closing": "Aller à la clôture de la journée",
    "The list's end": "La fin de la liste",
    "The end": "La fin",
    "Go to a time (HH:MM)": "Aller à une heure (HH:MM)",
    "Next day": "Jour suivant",
    "Tab day": "Tab jour",
    "Previous day": "Jour précédent",
    "Go to day 1–9": "Aller au jour 1–9",
    "Pick up the talk to move it": "Prendre l'intervention pour la déplacer",
    "Enter move": "Entrée déplacer",
    "Drop the talk here": "Déposer l'intervention ici",
    "Enter drop": "Entrée déposer",
    "Cancel the move": "Annuler le déplacement",
    "Esc cancel": "Échap annuler",
    "Cancel the swap": "Annuler l'échange",
    "Back to the grid": "Revenir à la grille",
    "Place the unscheduled talk, or go to the conflict":
      "Placer l'intervention non programmée, ou aller au conflit",
    "Enter go": "Entrée aller",
    "Swap the talk with another (then s or Enter on the other)":
      "Échanger l'intervention avec une autre (puis s ou Entrée sur l'autre)",
    "s swap": "s échanger",
    "Swap with the talk under the cursor": "Échanger avec l'intervention sous le curseur",
    "s/Enter swap with this talk": "s/Entrée échanger avec celle-ci",
    "Unschedule the talk": "Retirer l'intervention du programme",
    "x unschedule": "x retirer",
    "Pin or unpin the talk (the solver never moves pinned talks)":
      "Épingler ou désépingler (le placement automatique ne bouge jamais une épinglée)",
    "p pin": "p épingler",
    "Edit the talk": "Modifier l'intervention",
    "e edit": "e modifier",
    "Add a talk": "Ajouter une intervention",
    "Delete the talk (asks first)": "Supprimer l'intervention (demande d'abord)",
    "Rooms: add, rename, capacity, features": "Salles : ajouter, renommer, capacité, équipements",
    "Themes: add, rename, translations": "Axes : ajouter, renommer, traductions",
    "Days: add, opening hours, breaks": "Journées : ajouter, horaires, pauses",
    "Fill the schedule automatically (pins respected)":
      "Remplir le programme automatiquement (épingles respectées)",
    "Undo": "Annuler",
    "u undo": "u annuler",
    "Redo": "Rétablir",
    "Search titles, speakers and ids": "Chercher dans les titres, intervenants et identifiants",
    "Next search match": "Résultat suivant",
    "Previous search match": "Résultat précédent",
    "Filter by theme": "Filtrer par axe",
    "Jump to the next conflict (errors first)": "Aller au conflit suivant (erreurs d'abord)",
    "c conflict": "c conflit",
    "Switch the title language": "Changer la langue des titres",
    "Unscheduled talks (Enter places one)": "Interventions non programmées (Entrée en place une)",
    "Conflicts (Enter jumps to one)": "Conflits (Entrée y mène)",
    "Details of the selected talk": "Détails de l'intervention choisie",
    "Right-to-left text: reordered and joined, reordered only, or as stored":
      "Texte de droite à gauche : réordonné et lié, réordonné seulement, ou tel quel",
    "Write this day's plan to a file": "Écrire le programme du jour dans un fichier",
    "Save": "Enregistrer",
    "w save": "w enregistrer",
    "Quit (asks when there are unsaved changes)":
      "Quitter (demande s'il reste des modifications non enregistrées)",
    "q quit": "q quitter",
    "This help": "Cette aide",
    "? help": "? aide",
    "Previous field": "Champ précédent",
    "↑↓ field": "↑↓ champ",
    "Next field": "Champ suivant",
    "Previous choice (in text: cursor left)": "Choix précédent (dans un texte : curseur à gauche)",
    "←→ choice": "←→ choix",
    "Next choice (in text: cursor right, a space)":
      "Choix suivant (dans un texte : curseur à droite, une espace)",
    "Open a list field, else the next field; on Accept, accept":
      "Ouvrir un champ liste, sinon champ suivant ; sur Valider, valider",
    "Enter next/open": "Entrée suivant/ouvrir",
    "Accept the form": "Valider le formulaire",
    "Ctrl-S accept": "Ctrl-S valider",
    "Select or unselect (Space while nothing is typed)":
      "Choisir ou retirer (Espace tant que rien n'est tapé)",
    "Tab toggle": "Tab choisir",
    "Choose (or add the name typed) and close": "Choisir (ou ajouter le nom tapé) et fermer",
    "Enter done": "Entrée terminé",
    "Accept": "Valider",
    "Add one": "En ajouter un",
    "a add": "a ajouter",
    "Edit it": "Le modifier",
    "Enter edit": "Entrée modifier",
    "Delete it (asks first)": "Le supprimer (demande d'abord)",
    "D delete": "D supprimer",
    "Close": "Fermer",
    "Esc close": "Échap fermer",
    "Stop the solver; it keeps the best schedule so far":
      "Arrêter le placement ; il garde le meilleur programme trouvé",
    "Esc stop": "Échap arrêter",
    "Close without changes": "Fermer sans rien changer",
    // Where keys apply.
    "Day grid": "Grille du jour",
    "Carrying a talk": "Déplacement d'une intervention",
    "Swapping two talks": "Échange de deux interventions",
    "Side panel lists": "Listes du panneau latéral",
    "Forms": "Formulaires",
    "Choosing from a list": "Choix dans une liste",
    "Prompts": "Saisies",
    "Questions": "Questions",
    "Reports and help": "Rapports et aide",
    "While the solver runs": "Pendant le placement automatique",
    // The help's other lines.
    "Keys": "Touches",
    "Also as on the {1}: {2}": "Aussi comme dans « {1} » : {2}",
    "The letters the question shows answer it": "Les lettres que montre la question y répondent",
    "Mouse: click a cell or talk to select it, a day tab to switch day; the wheel scrolls.":
      "Souris : un clic choisit une case ou une intervention, un onglet change de jour ; la molette fait défiler.",
    "Right-to-left text (B): {1}": "Texte de droite à gauche (B) : {1}",
    "; --bidi auto recognized {1}": " ; --bidi auto a reconnu {1}",
    "reordered and joined by Multaqa (terminals that do no bidi)":
      "réordonné et lié par Multaqa (terminaux sans bidi)",
    "reordered by Multaqa, joined by the terminal": "réordonné par Multaqa, lié par le terminal",
    "written as stored, for a terminal that does its own bidi":
      "écrit tel quel, pour un terminal qui fait son propre bidi",
    // The screen.
    "{1} error": "{1} erreur",
    "{1} errors": "{1} erreurs",
    "{1} warning": "{1} avertissement",
    "{1} warnings": "{1} avertissements",
    "[read-only]": "[lecture seule]",
    "filter: {1}": "filtre : {1}",
    "Details": "Détails",
    "Unscheduled": "Non programmées",
    "Conflicts": "Conflits",
    "When: {1}": "Quand : {1}",
    "Room: {1}": "Salle : {1}",
    "Kind: {1}, {2} min": "Format : {1}, {2} min",
    "Theme: {1}": "Axe : {1}",
    "Audience: {1}": "Public : {1}",
    "Audience: {1} of {2} seats": "Public : {1} pour {2} places",
    "Needs: {1}": "Besoins : {1}",
    "Speakers:": "Intervenants :",
    "Notes: {1}": "Notes : {1}",
    "No talk here.": "Aucune intervention ici.",
    "Enter or m on a talk moves it; U lists the unscheduled ones; ? shows every key.":
      "Entrée ou m sur une intervention la déplace ; U liste les non programmées ; ? montre toutes les touches.",
    "Not placed ({1} min)": "Non placée ({1} min)",
    "Every talk has a place.": "Chaque intervention a sa place.",
    "No conflicts.": "Aucun conflit.",
    "Enter place · e edit · Esc back": "Entrée placer · e modifier · Échap retour",
    "U to choose one": "U pour en choisir une",
    "Enter go there · Esc back": "Entrée y aller · Échap retour",
    "C to go through them": "C pour les parcourir",
    "Dropping at {1}, {2}:": "Dépôt à {1}, {2} :",
    "No days yet: press Y to add one.": "Aucune journée : Y en ajoute une.",
    "Question": "Question",
    "Filter: ": "Filtre : ",
    "[ Accept (Ctrl-S) ]": "[ Valider (Ctrl-S) ]",
    "(none) – Enter to choose": "(aucun) – Entrée pour choisir",
    "(none yet: a adds one)": "(aucun pour l'instant : a en ajoute un)",
    "+ Add “{1}” as a new speaker": "+ Ajouter « {1} » comme nouvel intervenant",
    "{1} seats": "{1} places",
    "Terminal too small (need {1}×{2})": "Terminal trop petit (il faut {1}×{2})",
    "Non-ASCII text shows as ?: start Multaqa in a UTF-8 locale (LANG=C.UTF-8) to see it.":
      "Le texte non ASCII s'affiche en ? : lancez Multaqa dans une locale UTF-8 (LANG=C.UTF-8) pour le voir.",
    "Solving…": "Calcul du programme…",
    "Quitting…": "Fermeture…",
    "type to filter": "taper pour filtrer",
    // Forms.
    "Id": "Identifiant",
    "Title ({1})": "Titre ({1})",
    "Speakers": "Intervenants",
    "Theme": "Axe",
    "(none)": "(aucun)",
    "Kind": "Format",
    "Duration (minutes)": "Durée (minutes)",
    "Audience": "Public",
    "Needs": "Besoins",
    "Status": "Statut",
    "Notes": "Notes",
    "Name ({1})": "Nom ({1})",
    "Capacity (seats)": "Capacité (places)",
    "Features (comma-separated)": "Équipements (séparés par des virgules)",
    "Date (YYYY-MM-DD)": "Date (AAAA-MM-JJ)",
    "Date": "Date",
    "Opens (HH:MM)": "Ouverture (HH:MM)",
    "Closes (HH:MM)": "Clôture (HH:MM)",
    "Breaks (10:30-11:00 Coffee; …)": "Pauses (10:30-11:00 Café ; …)",
    "New talk": "Nouvelle intervention",
    "Edit talk {1}": "Modifier l'intervention {1}",
    "New room": "Nouvelle salle",
    "Room {1}": "Salle {1}",
    "New theme": "Nouvel axe",
    "Theme {1}": "Axe {1}",
    "New day": "Nouvelle journée",
    "Day {1}": "Journée {1}",
    "Rooms": "Salles",
    "Themes": "Axes",
    "Days": "Journées",
    // Messages.
    "Could not reload: {1}": "Rechargement impossible : {1}",
    "Discarded the recovery journal": "Journal de récupération abandonné",
    "Filling the schedule… (Esc stops and keeps the best so far)":
      "Remplissage du programme… (Échap arrête et garde le meilleur trouvé)",
    "Go to time (HH:MM): ": "Aller à l'heure (HH:MM) : ",
    "Move cancelled": "Déplacement annulé",
    "No placed talk here": "Aucune intervention placée ici",
    "No talk here to delete": "Aucune intervention ici à supprimer",
    "No talk here to edit": "Aucune intervention ici à modifier",
    "No talk here to swap": "Aucune intervention ici à échanger",
    "No talk here": "Aucune intervention ici",
    "No talk here: put the cursor on a talk, or pick one from U":
      "Aucune intervention ici : placez le curseur sur une intervention, ou choisissez-en une avec U",
    "Not saved: {1}": "Non enregistré : {1}",
    "Nothing changed": "Rien n'a changé",
    "Nothing to redo": "Rien à rétablir",
    "Nothing to undo": "Rien à annuler",
    "Opened read-only": "Ouvert en lecture seule",
    "Pinned {1}": "{1} épinglée",
    "Unpinned {1}": "{1} désépinglée",
    "Plan not written: {1}": "Programme non écrit : {1}",
    "Read-only: {1} is open in another Multaqa":
      "Lecture seule : {1} est ouvert dans un autre Multaqa",
    "Recovery journal not used: {1}": "Journal de récupération non utilisé : {1}",
    "Redid: {1}": "Rétabli : {1}",
    "Reloaded {1} from disk": "{1} rechargé depuis le disque",
    "Restored the unsaved changes from the recovery journal":
      "Modifications non enregistrées restaurées depuis le journal de récupération",
    "Right-to-left text: {1}": "Texte de droite à gauche : {1}",
    "Saved {1}": "{1} enregistré",
    "Search first with /": "Cherchez d'abord avec /",
    "Search: ": "Chercher : ",
    "Stopping the solver; it keeps the best schedule so far":
      "Arrêt du placement ; il garde le meilleur programme trouvé",
    "Swap cancelled": "Échange annulé",
    "Swapped {1} and {2}": "{1} et {2} échangées",
    "Titles in {1}": "Titres en {1}",
    "Took over the lock from {1}": "Verrou repris de {1}",
    "Undid: {1}": "Annulé : {1}",
    "Unscheduled {1}": "{1} retirée du programme",
    "Wrote the plan to {1}": "Programme écrit dans {1}",
    "Moved {1} to {2}": "{1} déplacée à {2}",
    // Reports and conflicts.
    "{1} talks ({2} placed, {3} unscheduled, {4} cancelled), {5} days, {6} rooms":
      "{1} interventions ({2} placées, {3} non programmées, {4} annulées), {5} journées, {6} salles",
    "Not on the grid, or event-wide": "Hors de la grille, ou pour tout l'événement",
    "error": "erreur",
    "warning": "avertissement",
    "{1} ({2}) overlaps the break “{3}” ({4})": "{1} ({2}) empiète sur la pause « {3} » ({4})",
    "{1} needs {2}, which {3} does not have": "{1} demande {2}, que {3} n'a pas",
    "{1} runs {2} but the day is open {3}": "{1} a lieu {2} mais la journée est ouverte {3}",
    "{1} expects {2} people but {3} seats {4}": "{1} attend {2} personnes mais {3} a {4} places",
    "{1} {2} runs at the same time as {3}": "{1} {2} a lieu en même temps que {3}",
    "{1} {2} runs at the same time as {3} from {4} to {5}":
      "{1} {2} a lieu en même temps que {3} de {4} à {5}",
    "{1} prefers {2} but is at {3}": "{1} préfère {2} mais est à {3}",
    "{1} and {2} are both in {3}": "{1} et {2} sont toutes deux dans {3}",
    "{1} and {2} are both in {3} from {4} to {5}":
      "{1} et {2} sont toutes deux dans {3} de {4} à {5}",
    "{1} ends {2} in {3} at {4} and starts {5} in {6} at once":
      "{1} termine {2} en {3} à {4} et commence aussitôt {5} en {6}",
    "{1} speaks in {2} and {3} at the same time": "{1} intervient dans {2} et {3} en même temps",
    "{1} speaks in {2} and {3} at the same time from {4} to {5}":
      "{1} intervient dans {2} et {3} en même temps de {4} à {5}",
    "{1} is unavailable {2} but speaks in {3}": "{1} est indisponible {2} mais intervient dans {3}",
    "{1} is unavailable {2} but speaks in {3} from {4} to {5}":
      "{1} est indisponible {2} mais intervient dans {3} de {4} à {5}",
    "{1} and {2}, both on “{3}”, run at the same time":
      "{1} et {2}, toutes deux sur « {3} », ont lieu en même temps",
    "{1} and {2}, both on “{3}”, run at the same time from {4} to {5}":
      "{1} et {2}, toutes deux sur « {3} », ont lieu en même temps de {4} à {5}",
    "{1} has no place yet": "{1} n'a pas encore de place",
    "{1} should come after {2} but starts before it ends":
      "{1} devrait suivre {2} mais commence avant sa fin",
    "theme {1} “{2}” has no name in {3}": "l'axe {1} « {2} » n'a pas de nom en {3}",
    "{1} has no title in {2}": "{1} n'a pas de titre en {2}",
    // The solver's report.
    "unscheduled": "non programmée",
    "Changes": "Changements",
    "Could not be placed": "Impossibles à placer",
    "{1}: placed {2}, moved {3}": "{1} : {2} placées, {3} déplacées",
    ", unscheduled {1}": ", {1} retirées",
    "; score {1}": " ; score {1}",
    " (proven optimal)": " (optimum prouvé)",
    "Score": "Score",
    " (lower is better)": " (plus bas, c'est mieux)",
    "total {1}": "total {1}",
    " (proven optimal in {1} search nodes)": " (optimum prouvé en {1} nœuds de recherche)",
    "Warnings left, and why": "Avertissements restants, et pourquoi",
    // Plans, kinds and statuses.
    "cancelled": "annulé",
    "tentative": "à confirmer",
    "all rooms": "toutes les salles",
    "Room": "Salle",
    "Time": "Heure",
    "Programme": "Programme",
    "plenary": "plénière",
    "keynote": "conférence",
    "talk": "communication",
    "panel": "table ronde",
    "workshop": "atelier",
    "ceremony": "cérémonie",
    "confirmed": "confirmée",
    "pinned": "épinglée",
    "{1} min": "{1} min",
    // Questions and alerts.
    "{1} changed on disk since it was opened.": "{1} a changé sur le disque depuis son ouverture.",
    "overwrite it": "l'écraser",
    "reload it, losing your edits": "le recharger, en perdant vos modifications",
    "cancel": "annuler",
    "A recovery journal holds changes to {1} that were never saved ({2}).":
      "Un journal de récupération contient des modifications de {1} jamais enregistrées ({2}).",
    "restore them": "les restaurer",
    "discard them": "les abandonner",
    "Recovery journal kept in {1} (not {2})": "Journal de récupération gardé dans {1} (pas {2})",
    "Unsaved changes are NOT protected: no recovery journal can be written ({1}). Save (w) as soon as you can":
      "Les modifications non enregistrées ne sont PAS protégées : aucun journal de récupération ne peut être écrit ({1}). Enregistrez (w) dès que possible",
    "Delete {1} “{2}”?": "Supprimer {1} « {2} » ?",
    "yes, delete it": "oui, la supprimer",
    "no": "non",
    "yes": "oui",
    "Save the changes to {1} before quitting?":
      "Enregistrer les modifications de {1} avant de quitter ?",
    "save": "enregistrer",
    "discard": "abandonner",
    // Lists and the lock.
    "Its {1} talks become unscheduled.": "Ses {1} interventions ne seront plus programmées.",
    "Delete room {1}?": "Supprimer la salle {1} ?",
    "Delete theme {1}? Its talks keep no theme.":
      "Supprimer l'axe {1} ? Ses interventions n'auront plus d'axe.",
    "Delete {1}?": "Supprimer {1} ?",
    "Deleted room {1} ({2} talks unscheduled)": "Salle {1} supprimée ({2} interventions retirées)",
    "Deleted theme {1}": "Axe {1} supprimé",
    "Deleted {1} ({2} talks unscheduled)": "{1} supprimée ({2} interventions retirées)",
    "another Multaqa (pid {1})": "un autre Multaqa (pid {1})",
    "another Multaqa, under another name": "un autre Multaqa, sous un autre nom",
    "{1} is open in {2}. Saving here would undo its work.":
      "{1} est ouvert dans {2}. Enregistrer ici déferait son travail.",
    "open read-only": "ouvrir en lecture seule",
    "quit": "quitter",
    "take it over": "le reprendre",
    "{1} is locked by Multaqa pid {2} on {3}, which cannot be checked from here. Take the lock only if that editor is closed.":
      "{1} est verrouillé par Multaqa pid {2} sur {3}, invérifiable d'ici. Ne reprenez le verrou que si cet éditeur est fermé.",
    // Solver reasons, model rules, edits and the editor's messages.
    "\"{1}\" is not a feature name (like interpretation, projector)":
      "« {1} » n'est pas un nom d'équipement (comme interpretation, projector)",
    "\"{1}\" is not a language tag (BCP 47, like ar, fr, en)":
      "« {1} » n'est pas une étiquette de langue (BCP 47, comme ar, fr, en)",
    "\"{1}\" is not a valid id (use letters, digits, '-', '_' or '.', no spaces)":
      "« {1} » n'est pas un identifiant valide (lettres, chiffres, « - », « _ » ou « . », sans espace)",
    "1 new error (see C)": "1 nouvelle erreur (voir C)",
    "Automatic scheduling": "Programmation automatique",
    "Deleted {1}": "{1} supprimée",
    "Filled the schedule: placed {1}, moved {2} (u undoes)":
      "Programme rempli : {1} placées, {2} déplacées (u annule)",
    "No talk matches “{1}”": "Aucune intervention ne correspond à « {1} »",
    "Nothing to change": "Rien à changer",
    "Nothing to change: every talk that can be placed already has a place.":
      "Rien à changer : chaque intervention qui peut être placée a déjà sa place.",
    "Placed {1}, moved {2}. One undo (u) takes it all back.":
      "{1} placées, {2} déplacées. Une seule annulation (u) revient sur le tout.",
    "Put the cursor on another talk to swap with {1}":
      "Placez le curseur sur une autre intervention à échanger avec {1}",
    "Show only the talks of…": "N'afficher que les interventions de…",
    "There is no day {1}": "Il n'y a pas de jour {1}",
    "Write the plan of {1} to: ": "Écrire le programme du {1} dans : ",
    "a date like 2010-03-14": "une date comme 2010-03-14",
    "a number": "un nombre",
    "a number of people": "un nombre de personnes",
    "a number of seats": "un nombre de places",
    "a talk cannot come after itself": "une intervention ne peut pas venir après elle-même",
    "a talk lasts at least one slot ({1} minutes)":
      "une intervention dure au moins un créneau ({1} minutes)",
    "a whole number": "un nombre entier",
    "a {1} with id {2} already exists": "un(e) {1} d'identifiant {2} existe déjà",
    "a {1} {2} already exists": "un(e) {1} {2} existe déjà",
    "an event needs at least one day: add another before deleting {1}":
      "un événement a au moins un jour : ajoutez-en un autre avant de supprimer le {1}",
    "an id": "un identifiant",
    "an id needs letters, digits, - or _, no spaces":
      "un identifiant est fait de lettres, chiffres, - ou _, sans espace",
    "day": "jour",
    "day {1}": "jour {1}",
    "ending by {1}": "finissant avant {1}",
    "error: {1}": "erreur : {1}",
    "error: {1} with {2}": "erreur : {1} avec {2}",
    "every room qualifies": "toutes les salles conviennent",
    "every talk involved is pinned": "toutes les interventions concernées sont épinglées",
    "from {1}": "à partir de {1}",
    "give a date, a from time, a to time, or several":
      "donnez une date, une heure de début, une heure de fin, ou plusieurs",
    "has no {1}": "n'a pas {1}",
    "improves the score": "améliore le score",
    "it is booked with no gap long enough left": "elle est réservée sans créneau libre assez long",
    "it is taken on both days from opening to closing":
      "elle est occupée les deux jours de l'ouverture à la clôture",
    "it is taken on every day from opening to closing":
      "elle est occupée chaque jour de l'ouverture à la clôture",
    "it is taken {1} with no gap of its length left":
      "elle est occupée {1} sans créneau libre de sa durée",
    "its room": "sa salle",
    "minutes": "des minutes",
    "must divide the day evenly (5, 10, 15, 30, 60…)":
      "doit diviser la journée exactement (5, 10, 15, 30, 60…)",
    "must not be empty": "ne doit pas être vide",
    "name": "nom",
    "no error-free place for {1} avoids it": "aucune place sans erreur pour {1} ne l'évite",
    "no free time is left": "il ne reste aucun temps libre",
    "no room {1}": "pas de salle {1}",
    "no speaker {1}": "pas d'intervenant {1}",
    "no talk {1}": "pas d'intervention {1}",
    "no theme {1}": "pas d'axe {1}",
    "not placed": "non placée",
    "one of the moves allowed by --allow-moves, to lower the score":
      "un des déplacements permis par --allow-moves, pour baisser le score",
    "only {1} qualifies": "seule {1} convient",
    "only {1} qualify": "seules {1} conviennent",
    "plenary sessions ({1}) hold the remaining times":
      "des séances plénières ({1}) occupent les heures restantes",
    "removes {1}": "supprime {1}",
    "room": "salle",
    "room {1}": "salle {1}",
    "room {1} holds {2}; move them first": "la salle {1} accueille {2} ; déplacez-les d'abord",
    "seats {1}": "a {1} places",
    "speaker": "intervenant",
    "speaker {1}": "intervenant {1}",
    "speaker {1} has unavailability on {2}; remove it first":
      "l'intervenant {1} a une indisponibilité le {2} ; supprimez-la d'abord",
    "speaker {1} speaks in {2}; change them first":
      "l'intervenant {1} parle dans {2} ; modifiez-les d'abord",
    "talk {1}": "intervention {1}",
    "talk {1} is to come after {2}; remove that wish first":
      "l'intervention {1} doit venir après {2} ; retirez d'abord ce souhait",
    "text": "du texte",
    "the audience is a number of people (or empty)":
      "l'audience est un nombre de personnes (ou vide)",
    "the best alternative, {1} at {2}, would avoid it but costs {3} more":
      "la meilleure alternative, {1} à {2}, l'éviterait mais coûte {3} de plus",
    "the break ends at {1}, before it starts at {2}":
      "la pause finit à {1}, avant de commencer à {2}",
    "the break {1}–{2} is outside the day ({3}–{4})":
      "la pause {1}–{2} est hors de la journée ({3}–{4})",
    "the break {1}–{2} overlaps {3}–{4}": "la pause {1}–{2} chevauche {3}–{4}",
    "the capacity is a number of seats": "la capacité est un nombre de places",
    "the day closes at {1}, before it opens at {2}": "la journée ferme à {1}, avant d'ouvrir à {2}",
    "the duration is a number of minutes": "la durée est un nombre de minutes",
    "the event": "l'événement",
    "the event needs at least one day": "l'événement a au moins un jour",
    "the format version": "la version du format",
    "the placement": "la place",
    "the {1} must not be empty": "le champ {1} ne doit pas être vide",
    "the {1} {2} is no longer in the schedule": "{1} {2} n'est plus dans le programme",
    "theme": "axe",
    "theme {1}": "axe {1}",
    "theme {1} is used by {2}; change them first":
      "l'axe {1} est utilisé par {2} ; modifiez-les d'abord",
    "they are booked with no gap long enough left":
      "elles sont réservées sans créneau libre assez long",
    "they are taken on both days from opening to closing":
      "elles sont occupées les deux jours de l'ouverture à la clôture",
    "they are taken on every day from opening to closing":
      "elles sont occupées chaque jour de l'ouverture à la clôture",
    "title": "titre",
    "true or false": "true ou false",
    "unscheduled to remove {1}": "retirée du programme pour supprimer {1}",
    "warning: {1}": "avertissement : {1}",
    "warning: {1} with {2}": "avertissement : {1} avec {2}",
    "was unscheduled": "n'était pas programmée",
    "where it is free long enough, {1} are busy in {2}":
      "quand elle est libre assez longtemps, {1} sont pris dans {2}",
    "where it is free long enough, {1} is busy in {2}":
      "quand elle est libre assez longtemps, {1} est pris dans {2}",
    "where they are free long enough, {1} are busy in {2}":
      "quand elles sont libres assez longtemps, {1} sont pris dans {2}",
    "where they are free long enough, {1} is busy in {2}":
      "quand elles sont libres assez longtemps, {1} est pris dans {2}",
    "write a time like 09:00": "écrivez une heure comme 09:00",
    "write breaks as 10:30-11:00 Coffee, separated by ;":
      "écrivez les pauses comme 10:30-11:00 Café, séparées par ;",
    "write the date as YYYY-MM-DD": "écrivez la date sous la forme AAAA-MM-JJ",
    "{1} ({2} min)": "{1} ({2} min)",
    "{1} ({2} pinned)": "{1} ({2} épinglée)",
    "{1} and {2} more": "{1} et {2} autres",
    "{1} cannot use any room: no room qualifies ({2})":
      "{1} ne peut utiliser aucune salle : aucune ne convient ({2})",
    "{1} fits no time of any day: the opening hours and breaks leave no room for it":
      "{1} ne tient à aucune heure d'aucun jour : les horaires et les pauses ne lui laissent pas de place",
    "{1} fits no time of any day: {2} are away whenever it would fit":
      "{1} ne tient à aucune heure d'aucun jour : {2} sont absents chaque fois qu'elle tiendrait",
    "{1} fits no time of any day: {2} is away whenever it would fit":
      "{1} ne tient à aucune heure d'aucun jour : {2} est absent chaque fois qu'elle tiendrait",
    "{1} holds {2}; move them first": "le {1} accueille {2} ; déplacez-les d'abord",
    "{1} is already a day of the event": "le {1} est déjà un jour de l'événement",
    "{1} is cancelled: set its status in the form (e) first":
      "{1} est annulée : changez d'abord son statut dans le formulaire (e)",
    "{1} is listed twice": "{1} figure deux fois",
    "{1} is no longer a day of the event": "le {1} n'est plus un jour de l'événement",
    "{1} is not a day of the event": "le {1} n'est pas un jour de l'événement",
    "{1} is not a known {2}": "{1} n'est pas un(e) {2} connu(e)",
    "{1} is not after {2}": "{1} n'est pas après {2}",
    "{1} is not in the years an event can be planned in ({2}–{3})":
      "{1} n'est pas dans les années où un événement peut être prévu ({2}–{3})",
    "{1} is not {2}": "{1} n'est pas {2}",
    "{1} is off the {2}-minute grid (nearest: {3} or {4})":
      "{1} est hors de la grille de {2} minutes (le plus proche : {3} ou {4})",
    "{1} is pinned: unpin it (p) first": "{1} est épinglée : désépinglez-la (p) d'abord",
    "{1} is ruled out": "{1} est exclue",
    "{1} lasts {2} minutes but no day has more than {3} minutes between breaks":
      "{1} dure {2} minutes mais aucun jour n'a plus de {3} minutes entre les pauses",
    "{1} minutes is longer than a day": "{1} minutes, c'est plus long qu'une journée",
    "{1} minutes is not a multiple of the slot ({2} minutes)":
      "{1} minutes n'est pas un multiple du créneau ({2} minutes)",
    "{1} needs {2}": "{1} demande {2}",
    "{1} needs {2}: no room qualifies ({3})": "{1} demande {2} : aucune salle ne convient ({3})",
    "{1} new errors (see C)": "{1} nouvelles erreurs (voir C)",
    "{1} talks could not be placed (see the report)":
      "{1} interventions n'ont pas pu être placées (voir le rapport)",
    "{1} with {2}": "{1} avec {2}",
    "{1}: {2}, and {3}": "{1} : {2}, et {3}",
    "“{1}” is not a time: write it as HH:MM": "« {1} » n'est pas une heure : écrivez-la HH:MM",
    " and ": " et ",
    " or ": " ou ",
    // The editor's messages while moving, swapping, finding and filtering.
    "There is no room to place talks in: add one first (R)":
      "Il n'y a aucune salle où placer les interventions : ajoutez-en une (R)",
    "There is no day to place talks on: add one first (Y)":
      "Il n'y a aucun jour où placer les interventions : ajoutez-en un (Y)",
    "All themes": "Tous les axes",
    "No conflicts": "Aucun conflit",
    "No conflicts on the grid (see C)": "Aucun conflit sur la grille (voir C)",
    "Match {1} of {2}: {3} “{4}” (n/N)": "Résultat {1} sur {2} : {3} « {4} » (n/N)",
    "Showing every theme": "Tous les axes sont affichés",
    "Showing only {1} (f to change)": "Seul l'axe {1} est affiché (f pour changer)",
    "Swap {1} with… move to the other talk and press s or Enter (Esc cancels)":
      "Échanger {1} avec… allez sur l'autre intervention et appuyez sur s ou Entrée (Échap annule)",
    "Moving {1}: arrows to choose, Enter to drop, Esc to cancel · · fits, ~ fits with a warning":
      "Déplacement de {1} : flèches pour choisir, Entrée pour déposer, Échap pour annuler · · tient, ~ tient avec un avertissement",
    // Two counts side by side.
    "{1}, {2}": "{1}, {2}",
    // A list's comma.
    ", ": ", ",
    // Two parts of a summary.
    "{1}; {2}": "{1} ; {2}",
    // Reading a schedule file: what is wrong in it.
    "\"{1}\" is not a UTC time like 20100301T090000Z":
      "« {1} » n'est pas une heure UTC comme 20100301T090000Z",
    "\"{1}\" is not a date; write it as YYYY-MM-DD":
      "« {1} » n'est pas une date ; écrivez-la AAAA-MM-JJ",
    "\"{1}\" is not a fingerprint (letters and digits, as Multaqa writes)":
      "« {1} » n'est pas une empreinte (lettres et chiffres, comme Multaqa les écrit)",
    "\"{1}\" is not a time zone of the tz database":
      "« {1} » n'est pas un fuseau horaire de la base tz",
    "\"{1}\" is not a time; write it as HH:MM, like \"09:30\"":
      "« {1} » n'est pas une heure ; écrivez-la HH:MM, comme « 09:30 »",
    "\"{1}\" is not a valid id": "« {1} » n'est pas un identifiant valide",
    "\"{1}\" is not one of {2}": "« {1} » ne fait pas partie de {2}",
    "a field name must be plain text, found {1}":
      "un nom de champ doit être du texte simple, trouvé {1}",
    "a list": "une liste",
    "a mapping": "un tableau de champs",
    "an alias": "un alias",
    "cannot read the text: {1}": "impossible de lire le texte : {1}",
    "duplicate {1} {2}": "{1} {2} en double",
    "expected a list, found {1}": "liste attendue, trouvé {1}",
    "expected a mapping of fields, found {1}": "tableau de champs attendu, trouvé {1}",
    "expected a number of zero or more, found \"{1}\"":
      "nombre positif ou nul attendu, trouvé « {1} »",
    "expected text, found {1}": "texte attendu, trouvé {1}",
    "expected translations by language code, like {ar: \"…\", fr: \"…\"}, found {1}":
      "traductions par code de langue attendues, comme {ar: \"…\", fr: \"…\"}, trouvé {1}",
    "expected true or false, found \"{1}\"": "true ou false attendu, trouvé « {1} »",
    "expected {1}, found \"{2}\"": "{1} attendu, trouvé « {2} »",
    "expected {1}, found {2}": "{1} attendu, trouvé {2}",
    "format version {1} is newer than this Multaqa reads ({2}); update Multaqa to open this file":
      "la version de format {1} est plus récente que celle que lit ce Multaqa ({2}) ; mettez Multaqa à jour pour ouvrir ce fichier",
    "invalid YAML: {1}": "YAML invalide : {1}",
    "is not a schedule": "n'est pas un programme",
    "missing `multaqa: {1}` (the format version) at the top of the file":
      "`multaqa: {1}` (la version du format) manque en tête du fichier",
    "missing field {1} ({2})": "champ {1} manquant ({2})",
    "missing section days (the event needs at least one day)":
      "section days manquante (l'événement a au moins un jour)",
    "missing section event (title, venue, timezone, slot)":
      "section event manquante (title, venue, timezone, slot)",
    "must be at least {1}, found {2}": "doit valoir au moins {1}, trouvé {2}",
    "must be at most {1}, found {2}": "doit valoir au plus {1}, trouvé {2}",
    "nothing": "rien",
    "the document expands to far more values than the file holds (YAML aliases?); write the values out instead of repeating an anchor":
      "le document se déploie en bien plus de valeurs que le fichier n'en contient (alias YAML ?) ; écrivez les valeurs au lieu de répéter une ancre",
    "the event needs at least one day (date, opens, closes); the list is empty":
      "l'événement a au moins un jour (date, opens, closes) ; la liste est vide",
    "unknown field": "champ inconnu",
    "unknown field (did you mean {1}?)": "champ inconnu (vouliez-vous dire {1} ?)",
    "{1} (did you mean {2}?)": "{1} (vouliez-vous dire {2} ?)",
    "{1} is not a language tag (BCP 47, like ar, fr, en, ar-DZ)":
      "{1} n'est pas une étiquette de langue (BCP 47, comme ar, fr, en, ar-DZ)",
    "{1} is outside the years an event can be planned in ({2}–{3}); is the year mistyped?":
      "{1} est hors des années où un événement peut être prévu ({2}–{3}) ; l'année est-elle mal tapée ?",
    "{1} problems; nothing was changed.": "{1} problèmes ; rien n'a été modifié.",
    // Files: opening, saving, spreadsheets, and the commands' own words.
    " and {1} new speaker(s)": " et {1} nouvel(s) intervenant(s)",
    ", {1} changed, {2} unchanged": ", {1} modifiée(s), {2} inchangée(s)",
    "--day {1} is not a day of {2} ({3})": "--day {1} n'est pas un jour de {2} ({3})",
    "--lang {1}: {2} has no text in that language (its languages: {3})":
      "--lang {1} : {2} n'a pas de texte dans cette langue (ses langues : {3})",
    "--map names a column the header lacks: {1}":
      "--map nomme une colonne absente de l'en-tête : {1}",
    "--map {1}={2}: {2} is not a field": "--map {1}={2} : {2} n'est pas un champ",
    "--room {1} is not a room of {2} ({3})": "--room {1} n'est pas une salle de {2} ({3})",
    "--theme {1} is not a theme of {2} ({3})": "--theme {1} n'est pas un axe de {2} ({3})",
    "Formatted {1} (previous version: {1}.bak)":
      "{1} remis en forme (version précédente : {1}.bak)",
    "Imported {1} into {2}": "Importé dans {2} : {1}",
    "Nothing to import: {1} already holds every row":
      "Rien à importer : {1} contient déjà chaque ligne",
    "Would add {1} to {2}": "Ajouterait à {2} : {1}",
    "Wrote {1} calendars to {2}": "{1} calendriers écrits dans {2}",
    "a YAML alias cannot be used as a field name; write the name out":
      "un alias YAML ne peut pas servir de nom de champ ; écrivez le nom en entier",
    "a control character (U+{1}) is not allowed in a schedule file; remove it (a tab, a line break or an escape like \\t in quotes is)":
      "un caractère de contrôle (U+{1}) n'est pas permis dans un fichier de programme ; supprimez-le (une tabulation, un saut de ligne ou un échappement comme \\t entre guillemets le sont)",
    "a place needs date, room and start together (or none of them)":
      "une place demande date, salle et début ensemble (ou aucun des trois)",
    "a quoted field is never closed": "un champ entre guillemets n'est jamais fermé",
    "audience “{1}” is not a number of people":
      "l'audience « {1} » n'est pas un nombre de personnes",
    "belongs to {1}, not {2}: not used": "appartient à {1}, pas à {2} : non utilisé",
    "cannot back up the file as {1}": "impossible de sauvegarder le fichier sous {1}",
    "cannot be reached: {1}": "inaccessible : {1}",
    "cannot be read (check its permissions)": "illisible (vérifiez ses droits)",
    "cannot be read as YAML: {1}": "illisible en YAML : {1}",
    "cannot be read: {1}": "illisible : {1}",
    "cannot create a file in {1}: {2}": "impossible de créer un fichier dans {1} : {2}",
    "cannot flush to disk: {1}": "impossible d'écrire sur le disque : {1}",
    "cannot keep the backup {1}: {2}": "impossible de garder la sauvegarde {1} : {2}",
    "cannot open: {1}": "impossible d'ouvrir : {1}",
    "cannot replace the file: {1}": "impossible de remplacer le fichier : {1}",
    "cannot write the backup {1}: {2}": "impossible d'écrire la sauvegarde {1} : {2}",
    "cannot write: {1}": "impossible d'écrire : {1}",
    "contains a NUL byte: this looks like a binary file, not a schedule":
      "contient un octet NUL : c'est un fichier binaire, pas un programme",
    "date “{1}” is not a day of the event ({2})":
      "la date « {1} » n'est pas un jour de l'événement ({2})",
    "duration “{1}” is not a number of minutes (45, 1h30, 01:30)":
      "la durée « {1} » n'est pas un nombre de minutes (45, 1h30, 01:30)",
    "holds no YAML document": "ne contient aucun document YAML",
    "id “{1}” has spaces or signs (use letters, digits, - _ .)":
      "l'identifiant « {1} » a des espaces ou des signes (lettres, chiffres, - _ .)",
    "invalid UTF-8 byte 0x{1}: the rest of the file is UTF-8, so nothing was imported; correct that byte, or give --encoding if the file is in another one":
      "octet UTF-8 invalide 0x{1} : le reste du fichier est en UTF-8, donc rien n'a été importé ; corrigez cet octet, ou donnez --encoding si le fichier est dans un autre codage",
    "is UTF-16 text; save it as UTF-8": "est du texte UTF-16 ; enregistrez-le en UTF-8",
    "is UTF-32 text; save it as UTF-8": "est du texte UTF-32 ; enregistrez-le en UTF-8",
    "is a folder": "est un dossier",
    "is a folder, not a schedule file": "est un dossier, pas un fichier de programme",
    "is empty; a schedule starts with `multaqa: {1}`":
      "est vide ; un programme commence par `multaqa: {1}`",
    "is larger than {1} MB": "dépasse {1} Mo",
    "is larger than {1} MB; a schedule file is far smaller (is this the right file?)":
      "dépasse {1} Mo ; un fichier de programme est bien plus petit (est-ce le bon fichier ?)",
    "is not valid UTF-8 (byte 0x{1}); save the file as UTF-8":
      "n'est pas de l'UTF-8 valide (octet 0x{1}) ; enregistrez le fichier en UTF-8",
    "kind “{1}” is not one of {2}": "le format « {1} » n'est pas l'un de {2}",
    "no such file": "fichier introuvable",
    "no title column (title, titre or العنوان)":
      "pas de colonne de titre (title, titre ou العنوان)",
    "not a terminal, so here is the check of {1} instead of the editor":
      "pas de terminal : voici la vérification de {1} au lieu de l'éditeur",
    "not saved: the schedule would not load again: {1}":
      "non enregistré : le programme ne se rouvrirait pas : {1}",
    "not saved: {1}: {2}: {3}": "non enregistré : {1} : {2} : {3}",
    "pinned “{1}” is not yes or no": "épinglée « {1} » n'est ni oui ni non",
    "room “{1}” is not a room of the event ({2})":
      "la salle « {1} » n'est pas une salle de l'événement ({2})",
    "start “{1}” is not a time (09:30, 9h30)": "le début « {1} » n'est pas une heure (09:30, 9h30)",
    "status “{1}” is not confirmed, tentative or cancelled":
      "le statut « {1} » n'est ni confirmed, ni tentative, ni cancelled",
    "talk {1} already exists (--update replaces the talks the schedule has)":
      "l'intervention {1} existe déjà (--update remplace celles du programme)",
    "talk {1} appears twice in the table": "l'intervention {1} figure deux fois dans le tableau",
    "talk {1} is new and the table has no title column":
      "l'intervention {1} est nouvelle et le tableau n'a pas de colonne de titre",
    "the UTF-16 text has an odd number of bytes": "le texte UTF-16 a un nombre impair d'octets",
    "the duration is empty": "la durée est vide",
    "the file holds no header row": "le fichier n'a pas de ligne d'en-tête",
    "the file is not valid UTF-16": "le fichier n'est pas de l'UTF-16 valide",
    "the file is not valid UTF-8": "le fichier n'est pas de l'UTF-8 valide",
    "the preferred date or times do not read as dates and times":
      "la date ou les heures préférées ne se lisent pas comme des dates et des heures",
    "the terminal cannot be started (TERM={1}); try TERM=xterm-256color":
      "le terminal ne peut pas être démarré (TERM={1}) ; essayez TERM=xterm-256color",
    "the title is empty": "le titre est vide",
    "theme “{1}” is not a theme of the event ({2})":
      "l'axe « {1} » n'est pas un axe de l'événement ({2})",
    "too many symbolic links (more than {1}, or a link that leads back to itself)":
      "trop de liens symboliques (plus de {1}, ou un lien qui revient sur lui-même)",
    "two columns hold {1}": "deux colonnes contiennent {1}",
    "unknown column “{1}”: assign it with --map “{1}=FIELD” or skip it with --map “{1}=ignore”":
      "colonne inconnue « {1} » : attribuez-la avec --map « {1}=CHAMP » ou ignorez-la avec --map « {1}=ignore »",
    "{1} bad row(s): nothing was imported (--skip-bad-rows imports the others)":
      "{1} ligne(s) fautive(s) : rien n'a été importé (--skip-bad-rows importe les autres)",
    "{1} fields for {2} columns": "{1} champs pour {2} colonnes",
    "{1} is already formatted": "{1} est déjà en forme",
    "{1} is not in Multaqa's layout": "{1} n'est pas dans la mise en forme de Multaqa",
    "{1} new talk(s) ({2} placed, {3} unscheduled)":
      "{1} nouvelle(s) intervention(s) ({2} placée(s), {3} non programmée(s))",
    "{1} “{2}” is a spreadsheet formula, not text: Multaqa does not import formulas (to import it as text, start the cell with an apostrophe: '{2})":
      "{1} « {2} » est une formule de tableur, pas du texte : Multaqa n'importe pas les formules (pour l'importer comme texte, commencez la cellule par une apostrophe : '{2})",
    "{1}: cannot be created as a folder ({2})": "{1} : impossible de créer ce dossier ({2})",
    "{1}: cannot be read": "{1} : illisible",
    "“{1}” (U+{2}) has no place in Windows-1256": "« {1} » (U+{2}) n'existe pas en Windows-1256",
    // The editor's terminal, when it cannot start.
    "`multaqa check {1}` and `multaqa print {1}` work without a terminal":
      "`multaqa check {1}` et `multaqa print {1}` fonctionnent sans terminal",
    "TERM is not set, so the kind of terminal is unknown. Set it to your terminal's type, for example TERM=xterm-256color; {1}.":
      "TERM n'est pas défini, le type de terminal est donc inconnu. Donnez-lui le type de votre terminal, par exemple TERM=xterm-256color ; {1}.",
    "the terminal type TERM={1} is not known on this machine (no terminfo entry). Try TERM=xterm-256color, or install its entry (Debian: ncurses-term); {2}.":
      "le type de terminal TERM={1} est inconnu sur cette machine (pas d'entrée terminfo). Essayez TERM=xterm-256color, ou installez son entrée (Debian : ncurses-term) ; {2}.",
    "this machine has no terminfo database (Debian: apt-get install ncurses-base); {1}.":
      "cette machine n'a pas de base terminfo (Debian : apt-get install ncurses-base) ; {1}.",
    "this terminal (TERM={1}) cannot place the cursor, so it cannot show the editor's grid. Use a full terminal (TERM=xterm-256color), or: {2}.":
      "ce terminal (TERM={1}) ne sait pas placer le curseur, il ne peut donc pas montrer la grille de l'éditeur. Utilisez un terminal complet (TERM=xterm-256color), ou : {2}.",
    // The solver at work.
    "{1}: {2}/{3} placed · best score {4} · {5}s":
      "{1} : {2}/{3} placées · meilleur score {4} · {5} s",
    "improving": "amélioration",
    "placing": "placement",
    "repairing": "réparation",
    // Speakers, and what forms say when accepted.
    "\"{1}\" is not a phone number (digits, spaces and + - . ( ) only)":
      "« {1} » n'est pas un numéro de téléphone (chiffres, espaces et + - . ( ) seulement)",
    "\"{1}\" is not an email address (like name@example.org)":
      "« {1} » n'est pas une adresse électronique (comme nom@exemple.org)",
    "Added room {1}": "Salle {1} ajoutée",
    "Added speaker {1}": "Intervenant {1} ajouté",
    "Added theme {1}": "Axe {1} ajouté",
    "Added {1}": "{1} ajouté",
    "Added {1} (unscheduled: U to place it)": "{1} ajoutée (non programmée : U pour la placer)",
    "At {1}": "Sur {1}",
    "Delete speaker {1}? No talk names them.":
      "Supprimer l'intervenant {1} ? Aucune intervention ne le nomme.",
    "Deleted speaker {1}": "Intervenant {1} supprimé",
    "Edited room {1}": "Salle {1} modifiée",
    "Edited speaker {1}": "Intervenant {1} modifié",
    "Edited theme {1}": "Axe {1} modifié",
    "Edited {1}": "{1} modifiée",
    "New speaker": "Nouvel intervenant",
    "Speaker {1}": "Intervenant {1}",
    "away {1}": "absent {1}",
    "write each period as 2010-03-15 09:00-12:00 (or a date alone for the day), separated by ;":
      "écrivez chaque période comme 2010-03-15 09:00-12:00 (ou une date seule pour la journée), séparées par ;",
    "{1} has no place yet (U lists it)": "{1} n'a pas encore de place (U la liste)",
    "{1} speaks in {2}: take them out of those talks first":
      "{1} intervient dans {2} : retirez-le d'abord de ces interventions",
    "{1} talks": "{1} interventions",
    "Speakers: names, contact, unavailability, their talks":
      "Intervenants : noms, contact, indisponibilités, leurs interventions",
    "Affiliation": "Organisme",
    "Email": "Courriel",
    "Phone": "Téléphone",
    "Unavailable (2010-03-15 09:00-12:00; …)": "Indisponible (2010-03-15 09:00-12:00 ; …)",
    "Talks": "Interventions",
    "Talks (Enter goes to one)": "Interventions (Entrée pour y aller)",
    // Every field of a talk.
    "Pinned (the solver never moves it)": "Épinglée (le solveur ne la déplace jamais)",
    "Place (2010-03-14 10:00 room-id)": "Place (2010-03-14 10:00 id-salle)",
    "Language spoken (ar, fr, en…)": "Langue parlée (ar, fr, en…)",
    "Preferred time (2010-03-15 09:00-12:00)": "Horaire souhaité (2010-03-15 09:00-12:00)",
    "After (talks it follows)": "Après (interventions qu'elle suit)",
    "Abstract": "Résumé",
    "write the place as 2010-03-14 10:00 room-id, or leave it empty":
      "écrivez la place comme 2010-03-14 10:00 id-salle, ou laissez vide",
    "write the preference as 2010-03-15 09:00-12:00, 2010-03-15, 14:00- or -12:00":
      "écrivez le souhait comme 2010-03-15 09:00-12:00, 2010-03-15, 14:00- ou -12:00",
    // Cancelled and tentative talks.
    "! error  ? tentative  * pinned": "! erreur  ? à confirmer  * épinglée",
    "r restore · e edit · Esc back": "r rétablir · e modifier · Échap retour",
    "Restore the cancelled talk (confirmed again, at its former place if it had one)":
      "Rétablir l'intervention annulée (confirmée de nouveau, à sa place d'avant si elle en avait une)",
    "Only a cancelled talk can be restored (U lists them, ✗)":
      "Seule une intervention annulée peut être rétablie (U les liste, ✗)",
    "Restored {1} at {2} (C shows any conflict)": "{1} rétablie à {2} (C montre les conflits)",
    "Restored {1}: unscheduled, Enter places it": "{1} rétablie : non programmée, Entrée la place",
    "{1} is cancelled: r restores it": "{1} est annulée : r la rétablit",
    "fits without any conflict": "tient sans aucun conflit",
    // The legend.
    "+{1} (f filters)": "+{1} (f filtre)",
    // A mistyped command.
    "unknown command '{1}'; did you mean {2}?":
      "commande inconnue « {1} » ; vouliez-vous dire {2} ?",
    // The file changed on disk.
    "{1} changed on disk: w asks whether to overwrite or reload":
      "{1} a changé sur le disque : w demande s'il faut l'écraser ou le recharger",
    // One talk.
    "{1} talk": "{1} intervention",
    // Printed door signs and booklet
    "Door signs": "Affichettes de porte",
    "Contents": "Sommaire",
    "Programme booklet": "Livret du programme",
    // The editor's command line
    "--lang {1} is not a language tag (BCP 47, like ar, fr, en)":
      "--lang {1} n’est pas une étiquette de langue (BCP 47, comme ar, fr, en)",
    "--speaker {1} is not a speaker of {2} ({3})":
      "--speaker {1} n’est pas un intervenant de {2} ({3})",
    "type a command: {1}": "tapez une commande : {1}",
    "unknown command ‘{1}’; did you mean {2}?":
      "commande inconnue « {1} » ; vouliez-vous dire {2} ?",
    "unknown command ‘{1}’: the commands are {2}":
      "commande inconnue « {1} » : les commandes sont {2}",
    "{1} has no option {2} (did you mean {3}?)":
      "{1} n’a pas d’option {2} (vouliez-vous dire {3} ?)",
    "{1} has no option {2}": "{1} n’a pas d’option {2}",
    "{1} takes no value": "{1} ne prend pas de valeur",
    "{1} needs a value ({2})": "{1} demande une valeur ({2})",
    "{1} is given twice": "{1} est donné deux fois",
    "{1} must be {2}": "{1} doit être {2}",
    "--day {1} is not a date like 2010-03-14": "--day {1} n’est pas une date comme 2010-03-14",
    "{1} takes no argument ({2})": "{1} ne prend pas d’argument ({2})",
    "--per-speaker writes its own files: leave out -o and --speaker":
      "--per-speaker écrit ses propres fichiers : retirez -o et --speaker",
    "--width must be at least 40": "--width doit valoir au moins 40",
    "--map {1}: write it as COLUMN=FIELD": "--map {1} : écrivez-le COLONNE=CHAMP",
    "Wrote {1}": "{1} écrit",
    "Not exported: {1}": "Non exporté : {1}",
    "{1}: cannot be read ({2})": "{1} : illisible ({2})",
    "Files are written beside the schedule unless -o names another place.":
      "Les fichiers sont écrits à côté du programme, sauf si -o indique un autre endroit.",
    "Commands": "Commandes",
    "Imported {1} from {2}": "Importé depuis {2} : {1}",
    "{1} is the schedule itself": "{1} est le programme lui-même",
    "--door-signs and --booklet are HTML: add --format html":
      "--door-signs et --booklet sont en HTML : ajoutez --format html",
    "choose --door-signs or --booklet": "choisissez --door-signs ou --booklet",
    "Command line: export (ical, frab, csv), print (plan, door signs, booklet), import csv":
      "Ligne de commande : export (ical, frab, csv), print (plan, affichettes, livret), import csv",
    "Command line: complete the command, option or value (the choices show above)":
      "Ligne de commande : compléter la commande, l’option ou la valeur (les possibilités s’affichent au-dessus)",
    "iCalendar for calendar programs (all, one --speaker, one --room)":
      "iCalendar pour les agendas (tout, un --speaker, une --room)",
    "frab schedule XML or JSON for conference apps":
      "programme frab XML ou JSON pour les applications de conférence",
    "every talk as a CSV table": "toutes les interventions en tableau CSV",
    "the day plan (text, html, markdown), door signs or the booklet":
      "le plan du jour (texte, html, markdown), les affichettes ou le livret",
    "add a spreadsheet's talks, as one undoable step":
      "ajouter les interventions d’un tableur, en une étape annulable",
    "these commands": "ces commandes",
    // The command line's status
    "Tab completes": "Tab complète",
    // The solver's bound and gap
    " (lower bound {1}, gap {2})": " (borne inférieure {1}, écart {2})",
    // The grid from the opening
    "day {1}: {2} would start off the {3}-minute grid counted from the opening and the breaks; move them first":
      "jour {1} : {2} commenceraient hors de la grille de {3} minutes comptée depuis l’ouverture et les pauses ; déplacez-les d’abord",
    // Checked suggestions of --explain
    "the best alternative, {1} at {2}, would avoid it but cause an error":
      "la meilleure alternative, {1} à {2}, l'éviterait mais causerait une erreur",
    "the best alternative, {1} at {2}, would avoid it and lower the score by {3}: run the solver longer":
      "la meilleure alternative, {1} à {2}, l'éviterait et baisserait le score de {3} : laissez le solveur tourner plus longtemps",
    "the best alternative, {1} at {2}, would avoid it but cause another as costly: {3}":
      "la meilleure alternative, {1} à {2}, l'éviterait mais en causerait un autre aussi coûteux : {3}",
    "the best alternative, {1} at {2}, would avoid it but cost as much elsewhere":
      "la meilleure alternative, {1} à {2}, l'éviterait mais coûterait autant ailleurs",
    // theme-parallel in minutes
    "a minute two talks of one theme overlap":
      "une minute de chevauchement de deux interventions d’un même thème",
    "\"{1}\" is not a way to count talks in parallel: write minutes or pairs":
      "« {1} » n’est pas une façon de compter les interventions en parallèle : écrivez minutes ou pairs",
    // Sessions (issue 13)
    "sessions {1} and {2} both hold {3}": "les séances {1} et {2} occupent toutes deux {3}",
    "{1} is in {2} while session {3} holds it ({4})":
      "{1} est dans {2} alors que la séance {3} l’occupe ({4})",
    "session {1} lists {2} before {3} but it runs after it":
      "la séance {1} place {2} avant {3}, mais elle a lieu après",
    "session {1} runs {2} but the day is open {3}":
      "la séance {1} a lieu {2} mais la journée est ouverte {3}",
    "{1} is scheduled but its session {2} is not": "{1} est programmé mais pas sa séance {2}",
    "{1} runs {2}, outside its session {3} ({4} {5})":
      "{1} a lieu {2}, hors de sa séance {3} ({4} {5})",
    "{1} is in session {2}, held in {3}": "{1} fait partie de la séance {2}, qui se tient dans {3}",
    "{1} is not of track {2} of its session {3}": "{1} n’est pas du parcours {2} de sa séance {3}",
    "{1} chairs session {2} ({3}) but speaks in {4} at the same time":
      "{1} préside la séance {2} ({3}) mais intervient dans {4} en même temps",
    "{1} chairs sessions {2} and {3} at the same time":
      "{1} préside les séances {2} et {3} en même temps",
    "{1} chairs session {2} ({3}) but is unavailable then":
      "{1} préside la séance {2} ({3}) mais n’est pas disponible à ce moment",
    "session {1}": "séance {1}",
    "a session lasts 1 to {1} minutes": "une séance dure de 1 à {1} minutes",
    "the session would end after midnight": "la séance finirait après minuit",
    "{1} is already in session {2}": "{1} fait déjà partie de la séance {2}",
    "speaker {1} chairs {2}; change them first":
      "l’intervenant {1} préside {2} ; modifiez-les d’abord",
    "moving session {1} would put {2} outside the day":
      "déplacer la séance {1} mettrait {2} hors de la journée",
    "no session {1}": "pas de séance {1}",
    "session": "séance",
    // Printed sessions (issue 13)
    "Chair": "Président de séance",
    "Sessions": "Séances",
    "Sessions: title, track, chair, place, their talks in order":
      "Séances : titre, axe, président, place, leurs interventions dans l'ordre",
    "Rooms, themes, days, speakers and sessions": "Salles, axes, jours, intervenants et séances",
    "Track (theme)": "Axe (thème)",
    "Talks (in the order they run)": "Interventions (dans l'ordre où elles se suivent)",
    "New session": "Nouvelle séance",
    "Session {1}": "Séance {1}",
    "Edited session {1}": "Séance {1} modifiée",
    "Added session {1}": "Séance {1} ajoutée",
    "Delete session {1} “{2}”?": "Supprimer la séance {1} « {2} » ?",
    "Its {1} talks stay where they are.": "Ses {1} interventions restent à leur place.",
    "joins session {1}": "rejoint la séance {1}",
    "Sessions made": "Séances créées",
    "In the sessions list: make a session of each run of talks of one track in a room":
      "Dans la liste des séances : faire une séance de chaque suite d'interventions d'un même axe dans une salle",
    "m make from runs": "m faire des suites",
    "No run of two or more talks of one track is left outside a session":
      "Aucune suite de deux interventions ou plus d'un même axe n'est hors séance",
    "Made {1} sessions of runs of one track (Esc then u undoes it)":
      "{1} séances faites de suites d'un même axe (Échap puis u annule)",
    "Deleted session {1}": "Séance {1} supprimée",
    // Sessions in the editor (issue 13)
    "Dropping session {1} at {2}, {3}": "Dépôt de la séance {1} à {2}, {3}",
    "Track: {1}": "Parcours : {1}",
    "Chair: {1}": "Président de séance : {1}",
    "M moves the session with its talks": "M déplace la séance avec ses interventions",
    "Session: {1} ({2})": "Séance : {1} ({2})",
    "into session {1}": "dans la séance {1}",
    "out of session {1}": "hors de la séance {1}",
    "No session here: put the cursor on a session's talk or block":
      "Pas de séance ici : placez le curseur sur une intervention ou le bloc d’une séance",
    "Session {1} is pinned: unpin it in the file first":
      "La séance {1} est épinglée : désépinglez-la d’abord dans le fichier",
    "Moving session {1} with its {2} talks: arrows to choose where it starts, Enter to drop, Esc to cancel":
      "Déplacement de la séance {1} avec ses {2} interventions : flèches pour choisir son début, Entrée pour déposer, Échap pour annuler",
    "leaves session {1}": "quitte la séance {1}",
    "Moved session {1} to {2}": "Séance {1} déplacée à {2}",
    "Pick up the session under the cursor, to move it with its talks":
      "Prendre la séance sous le curseur, pour la déplacer avec ses interventions",
    // Track wishes (issue 13)
    "session {1} does not follow the previous session of track {2} in its room":
      "la séance {1} ne suit pas la séance précédente du parcours {2} dans sa salle",
    "{1} and {2} run at the same time but tracks {3} and {4} should not":
      "{1} et {2} ont lieu en même temps, mais les parcours {3} et {4} ne le devraient pas",
    "{1} is not in the rooms its track {2} prefers ({3})":
      "{1} n’est pas dans les salles que préfère son parcours {2} ({3})",
    "{1} runs {2}, a time its track {3} avoids":
      "{1} a lieu {2}, un moment que son parcours {3} évite",
    "{1} runs {2}, a time it avoids": "{1} a lieu {2}, un moment qu’elle évite",
    "{1} runs {2}, outside the times its track {3} prefers":
      "{1} a lieu {2}, hors des moments que préfère son parcours {3}",
    "give a date, a from time, a to time, a session, or several":
      "indiquez une date, une heure de début, une heure de fin, une séance, ou plusieurs",
    "a track cannot be apart from itself": "un parcours ne peut pas être séparé de lui-même",
    "a minute two talks of similar tracks (apart:) overlap":
      "une minute de chevauchement de deux interventions de parcours proches (apart:)",
    "a talk outside its track's preferred rooms":
      "une intervention hors des salles préférées de son parcours",
    "a talk outside its track's preferred times":
      "une intervention hors des moments préférés de son parcours",
    "a talk at a time it or its track avoids (avoid:)":
      "une intervention à un moment qu’elle ou son parcours évite (avoid:)",
    "a session of a track that does not follow the track's previous one in its room":
      "une séance d’un parcours qui ne suit pas la précédente du parcours dans sa salle",
    // Remote presenters (issue 13)
    "{1} presents {2} at {3} on their clock ({4})": "{1} présente {2} à {3} à son heure ({4})",
    "a remote presenter speaking outside their local daytime (08:00–20:00)":
      "un intervenant à distance qui parle hors de sa journée locale (08:00–20:00)",
    // Running late (issue 14)
    "the delay must be a positive number of minutes":
      "le retard doit être un nombre positif de minutes",
    "Would change": "Changerait",
    "after the break": "après la pause",
    "Not moved": "Non déplacées",
    "pinned: the talks after it in {1} stay too":
      "épinglée : les interventions qui la suivent dans {1} restent aussi",
    "would end after the day closes; left where it was":
      "finirait après la fermeture de la journée ; laissée à sa place",
    "New conflicts": "Nouveaux conflits",
    "{1}: would move {2} talks": "{1} : déplacerait {2} interventions",
    "{1}: moved {2} talks": "{1} : {2} interventions déplacées",
    "Running late: move the talks from here on later, in this room or every room":
      "Retard : décaler les interventions à partir d’ici, dans cette salle ou toutes",
    "Late by how many minutes from {1} in {2}? (end with * for every room) ":
      "Retard de combien de minutes à partir de {1} dans {2} ? (terminez par * pour toutes les salles) ",
    "“{1}” is not a number of minutes (like 20, or 20* for every room)":
      "« {1} » n’est pas un nombre de minutes (comme 20, ou 20* pour toutes les salles)",
    "Nothing to move from {1}": "Rien à déplacer à partir de {1}",
    "{1} talks moved {2} minutes later from {3}":
      "{1} interventions décalées de {2} minutes à partir de {3}",
    "stopped at pinned {1}": "arrêté à {1}, épinglée",
    "not moved (would end after closing): {1}":
      "non déplacées (finiraient après la fermeture) : {1}",
    // Releases and changes (issue 14)
    "New: {1}, {2}": "Nouvelle : {1}, {2}",
    "Removed: {1}": "Retirée : {1}",
    "Cancelled: {1} ({2})": "Annulée : {1} ({2})",
    "Back on the programme: {1}, {2}": "De retour au programme : {1}, {2}",
    "Moved: {1}, from {2} to {3}": "Déplacée : {1}, de {2} à {3}",
    "New title: {1} (was {2})": "Nouveau titre : {1} (auparavant {2})",
    "Speakers of {1}: {2} (were {3})": "Intervenants de {1} : {2} (auparavant {3})",
    "Programme changes: {1}, from {2} to {3}": "Modifications du programme : {1}, de {2} à {3}",
    "Not on the programme": "Hors programme",
    "No changes.": "Aucune modification.",
    "No versions recorded yet.": "Aucune version enregistrée.",
    "{1} changes": "{1} modifications",
    "{1}: recorded version {2} ({3} talks)": "{1} : version {2} enregistrée ({3} interventions)",
    "now": "maintenant",
    "a release named {1} comes earlier": "une version nommée {1} figure plus haut",
    // Changes since a release in the editor (issue 14)
    "Mark the talks changed since the last release (Δ), or stop":
      "Marquer les interventions modifiées depuis la dernière version (Δ), ou ne plus les marquer",
    "No release recorded yet: record one with multaqa release FILE NAME":
      "Aucune version enregistrée : enregistrez-en une avec multaqa release FICHIER NOM",
    "Changes since {1} no longer marked": "Modifications depuis {1} non marquées",
    "Δ marks the {1} talks changed since {2}":
      "Δ marque les {1} interventions modifiées depuis {2}",
    "{1} removed": "{1} retirées",
    // multaqa publish
    "the server wants a user and password (401); check --user and --password-file":
      "le serveur demande un utilisateur et un mot de passe (401) ; vérifiez --user et --password-file",
    "the server refused (403); the user may not write there":
      "le serveur a refusé (403) ; cet utilisateur n'a pas le droit d'y écrire",
    "changed on the server since it was read (412); run publish again to continue":
      "modifié sur le serveur depuis sa lecture (412) ; relancez publish pour continuer",
    "the server answered {1}": "le serveur a répondu {1}",
    "reading the collection": "lecture du calendrier",
    "creating the calendar": "création du calendrier",
    "listing the calendar's events": "liste des événements du calendrier",
    "writing {1}": "écriture de {1}",
    "deleting {1}": "suppression de {1}",
    "cannot reach the server ({1})": "serveur injoignable ({1})",
    "--caldav {1} is not an http or https URL": "--caldav {1} n'est pas une URL http ou https",
    "--caldav: put the password in --password-file, not in the URL":
      "--caldav : mettez le mot de passe dans --password-file, pas dans l'URL",
    "--password-file goes with --user": "--password-file s'emploie avec --user",
    "{1}: the calendar would be created": "{1} : le calendrier serait créé",
    "{1}: creating the calendar": "{1} : création du calendrier",
    "{1}: would publish: {2} created, {3} updated, {4} cancelled, {5} deleted, {6} unchanged":
      "{1} : publierait : {2} créées, {3} mises à jour, {4} annulées, {5} supprimées, {6} inchangées",
    "{1}: published: {2} created, {3} updated, {4} cancelled, {5} deleted, {6} unchanged":
      "{1} : publié : {2} créées, {3} mises à jour, {4} annulées, {5} supprimées, {6} inchangées",
  ]
}
