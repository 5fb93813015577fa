extension Interface {
  /// The interface in Arabic, by its English text.
  static let arabic: [String: String] = [
    // Keys: what they do.
    "Move up a slot": "الصعود فترة واحدة",
    "Up the list": "الصعود في القائمة",
    "Scroll up": "التمرير إلى الأعلى",
    "↑↓ choose": "↑↓ اختيار",
    "↑↓ scroll": "↑↓ تمرير",
    "Move down a slot": "النزول فترة واحدة",
    "Down the list": "النزول في القائمة",
    "Scroll down": "التمرير إلى الأسفل",
    "Move to the room on the left": "الانتقال إلى القاعة التي على اليسار",
    "Move to the room on the right": "الانتقال إلى القاعة التي على اليمين",
    "Up a screen": "شاشة إلى الأعلى",
    "Down a screen": "شاشة إلى الأسفل",
    "PgUp PgDn": "PgUp PgDn صفحة",
    "Go to the day's opening": "الذهاب إلى افتتاح اليوم",
    "The list's top": "أول القائمة",
    "The top": "البداية",
    "Go to the day's closing": "الذهاب إلى اختتام اليوم",
    "The list's end": "آخر القائمة",
    "The end": "النهاية",
    "Go to a time (HH:MM)": "الذهاب إلى ساعة (HH:MM)",
    "Next day": "اليوم التالي",
    "Tab day": "Tab اليوم",
    "Previous day": "اليوم السابق",
    "Go to day 1–9": "الذهاب إلى اليوم 1–9",
    "Pick up the talk to move it": "حمل المداخلة لنقلها",
    "Enter move": "Enter نقل",
    "Drop the talk here": "وضع المداخلة هنا",
    "Enter drop": "Enter وضع",
    "Cancel the move": "إلغاء النقل",
    "Esc cancel": "Esc إلغاء",
    "Cancel the swap": "إلغاء التبديل",
    "Back to the grid": "العودة إلى الجدول",
    "Place the unscheduled talk, or go to the conflict":
      "برمجة المداخلة غير المبرمجة، أو الذهاب إلى التعارض",
    "Enter go": "Enter ذهاب",
    "Swap the talk with another (then s or Enter on the other)":
      "تبديل المداخلة بأخرى (ثم s أو Enter على الأخرى)",
    "s swap": "s تبديل",
    "Swap with the talk under the cursor": "التبديل مع المداخلة التي تحت المؤشر",
    "s/Enter swap with this talk": "s/Enter تبديل مع هذه",
    "Unschedule the talk": "سحب المداخلة من البرنامج",
    "x unschedule": "x سحب",
    "Pin or unpin the talk (the solver never moves pinned talks)":
      "تثبيت المداخلة أو فكها (البرمجة الآلية لا تنقل المثبتة أبدا)",
    "p pin": "p تثبيت",
    "Edit the talk": "تعديل المداخلة",
    "e edit": "e تعديل",
    "Add a talk": "إضافة مداخلة",
    "Delete the talk (asks first)": "حذف المداخلة (بعد السؤال)",
    "Rooms: add, rename, capacity, features": "القاعات: إضافة، تسمية، سعة، تجهيزات",
    "Themes: add, rename, translations": "المحاور: إضافة، تسمية، ترجمات",
    "Days: add, opening hours, breaks": "الأيام: إضافة، مواعيد، استراحات",
    "Fill the schedule automatically (pins respected)":
      "ملء البرنامج آليا (مع احترام المثبتات)",
    "Undo": "تراجع",
    "u undo": "u تراجع",
    "Redo": "إعادة",
    "Search titles, speakers and ids": "البحث في العناوين والمتدخلين والمعرفات",
    "Next search match": "النتيجة التالية",
    "Previous search match": "النتيجة السابقة",
    "Filter by theme": "التصفية حسب المحور",
    "Jump to the next conflict (errors first)": "الذهاب إلى التعارض التالي (الأخطاء أولا)",
    "c conflict": "c تعارض",
    "Switch the title language": "تغيير لغة العناوين",
    "Unscheduled talks (Enter places one)": "المداخلات غير المبرمجة (Enter يبرمج واحدة)",
    "Conflicts (Enter jumps to one)": "التعارضات (Enter يذهب إلى واحد)",
    "Details of the selected talk": "تفاصيل المداخلة المختارة",
    "Right-to-left text: reordered and joined, reordered only, or as stored":
      "النص من اليمين إلى اليسار: مرتب وموصول، أو مرتب فقط، أو كما خزن",
    "Write this day's plan to a file": "كتابة برنامج اليوم في ملف",
    "Save": "حفظ",
    "w save": "w حفظ",
    "Quit (asks when there are unsaved changes)": "خروج (يسأل إن بقيت تغييرات غير محفوظة)",
    "q quit": "q خروج",
    "This help": "هذه المساعدة",
    "? help": "? مساعدة",
    "Previous field": "الحقل السابق",
    "↑↓ field": "↑↓ حقل",
    "Next field": "الحقل التالي",
    "Previous choice (in text: cursor left)": "الخيار السابق (في النص: المؤشر يسارا)",
    "←→ choice": "←→ خيار",
    "Next choice (in text: cursor right, a space)": "الخيار التالي (في النص: المؤشر يمينا، مسافة)",
    "Open a list field, else the next field; on Accept, accept":
      "فتح حقل القائمة، وإلا الحقل التالي؛ وعلى قبول، القبول",
    "Enter next/open": "Enter التالي/فتح",
    "Accept the form": "قبول الاستمارة",
    "Ctrl-S accept": "Ctrl-S قبول",
    "Select or unselect (Space while nothing is typed)":
      "اختيار أو إلغاء الاختيار (المسافة ما دام لم يكتب شيء)",
    "Tab toggle": "Tab اختيار",
    "Choose (or add the name typed) and close": "الاختيار (أو إضافة الاسم المكتوب) والإغلاق",
    "Enter done": "Enter تم",
    "Accept": "قبول",
    "Add one": "إضافة عنصر",
    "a add": "a إضافة",
    "Edit it": "تعديله",
    "Enter edit": "Enter تعديل",
    "Delete it (asks first)": "حذفه (بعد السؤال)",
    "D delete": "D حذف",
    "Close": "إغلاق",
    "Esc close": "Esc إغلاق",
    "Stop the solver; it keeps the best schedule so far":
      "إيقاف البرمجة الآلية؛ يحتفظ بأفضل برنامج وجده",
    "Esc stop": "Esc إيقاف",
    "Close without changes": "الإغلاق دون تغيير",
    // Where keys apply.
    "Day grid": "جدول اليوم",
    "Carrying a talk": "نقل مداخلة",
    "Swapping two talks": "تبديل مداخلتين",
    "Side panel lists": "قوائم اللوحة الجانبية",
    "Forms": "الاستمارات",
    "Choosing from a list": "الاختيار من قائمة",
    "Prompts": "الإدخال",
    "Questions": "الأسئلة",
    "Reports and help": "التقارير والمساعدة",
    "While the solver runs": "أثناء البرمجة الآلية",
    // The help's other lines.
    "Keys": "المفاتيح",
    "Also as on the {1}: {2}": "وكما في «{1}»: {2}",
    "The letters the question shows answer it": "يجاب عن السؤال بالحروف التي يعرضها",
    "Mouse: click a cell or talk to select it, a day tab to switch day; the wheel scrolls.":
      "الفأرة: النقر يختار خانة أو مداخلة، وعلامة اليوم تغير اليوم؛ والعجلة تمرر.",
    "Right-to-left text (B): {1}": "النص من اليمين إلى اليسار (B): {1}",
    "; --bidi auto recognized {1}": "؛ وتعرف --bidi auto على {1}",
    "reordered and joined by Multaqa (terminals that do no bidi)":
      "يرتبه ملتقى ويصل حروفه (للطرفيات التي لا تعالج الاتجاه)",
    "reordered by Multaqa, joined by the terminal": "يرتبه ملتقى وتصل الطرفية حروفه",
    "written as stored, for a terminal that does its own bidi":
      "يكتب كما خزن، لطرفية تعالج الاتجاه بنفسها",
    // The screen.
    "{1} error": "أخطاء: {1}",
    "{1} errors": "أخطاء: {1}",
    "{1} warning": "تنبيهات: {1}",
    "{1} warnings": "تنبيهات: {1}",
    "[read-only]": "[للقراءة فقط]",
    "filter: {1}": "تصفية: {1}",
    "Details": "التفاصيل",
    "Unscheduled": "غير مبرمجة",
    "Conflicts": "التعارضات",
    "When: {1}": "الموعد: {1}",
    "Room: {1}": "القاعة: {1}",
    "Kind: {1}, {2} min": "النوع: {1}، {2} د",
    "Theme: {1}": "المحور: {1}",
    "Audience: {1}": "الحضور: {1}",
    "Audience: {1} of {2} seats": "الحضور: {1} من {2} مقعدا",
    "Needs: {1}": "الاحتياجات: {1}",
    "Speakers:": "المتدخلون:",
    "Notes: {1}": "ملاحظات: {1}",
    "No talk here.": "لا مداخلة هنا.",
    "Enter or m on a talk moves it; U lists the unscheduled ones; ? shows every key.":
      "Enter أو m على مداخلة ينقلها؛ U يعرض غير المبرمجة؛ ? يعرض كل المفاتيح.",
    "Not placed ({1} min)": "غير مبرمجة ({1} د)",
    "Every talk has a place.": "لكل مداخلة مكانها.",
    "No conflicts.": "لا تعارضات.",
    "Enter place · e edit · Esc back": "Enter برمجة · e تعديل · Esc عودة",
    "U to choose one": "U لاختيار واحدة",
    "Enter go there · Esc back": "Enter ذهاب · Esc عودة",
    "C to go through them": "C لتصفحها",
    "Dropping at {1}, {2}:": "الوضع في {1}، {2}:",
    "No days yet: press Y to add one.": "لا أيام بعد: Y يضيف يوما.",
    "Question": "سؤال",
    "Filter: ": "تصفية: ",
    "[ Accept (Ctrl-S) ]": "[ قبول (Ctrl-S) ]",
    "(none) – Enter to choose": "(لا شيء) – Enter للاختيار",
    "(none yet: a adds one)": "(لا شيء بعد: a يضيف عنصرا)",
    "+ Add “{1}” as a new speaker": "+ إضافة «{1}» متدخلا جديدا",
    "{1} seats": "{1} مقعدا",
    "Terminal too small (need {1}×{2})": "الطرفية صغيرة جدا (المطلوب {1}×{2})",
    "Non-ASCII text shows as ?: start Multaqa in a UTF-8 locale (LANG=C.UTF-8) to see it.":
      "النص غير اللاتيني يظهر ?: شغل ملتقى بإعدادات UTF-8 (LANG=C.UTF-8) لتراه.",
    "Solving…": "البرمجة الآلية…",
    "Quitting…": "الخروج…",
    "type to filter": "اكتب للتصفية",
    // Forms.
    "Id": "المعرف",
    "Title ({1})": "العنوان ({1})",
    "Speakers": "المتدخلون",
    "Theme": "المحور",
    "(none)": "(لا شيء)",
    "Kind": "النوع",
    "Duration (minutes)": "المدة (دقائق)",
    "Audience": "الحضور",
    "Needs": "الاحتياجات",
    "Status": "الحالة",
    "Notes": "ملاحظات",
    "Name ({1})": "الاسم ({1})",
    "Capacity (seats)": "السعة (مقاعد)",
    "Features (comma-separated)": "التجهيزات (مفصولة بفواصل)",
    "Date (YYYY-MM-DD)": "التاريخ (YYYY-MM-DD)",
    "Date": "التاريخ",
    "Opens (HH:MM)": "الافتتاح (HH:MM)",
    "Closes (HH:MM)": "الاختتام (HH:MM)",
    "Breaks (10:30-11:00 Coffee; …)": "الاستراحات (10:30-11:00 قهوة؛ …)",
    "New talk": "مداخلة جديدة",
    "Edit talk {1}": "تعديل المداخلة {1}",
    "New room": "قاعة جديدة",
    "Room {1}": "القاعة {1}",
    "New theme": "محور جديد",
    "Theme {1}": "المحور {1}",
    "New day": "يوم جديد",
    "Day {1}": "اليوم {1}",
    "Rooms": "القاعات",
    "Themes": "المحاور",
    "Days": "الأيام",
    // Messages.
    "Could not reload: {1}": "تعذرت إعادة التحميل: {1}",
    "Discarded the recovery journal": "تم التخلي عن سجل الاسترجاع",
    "Filling the schedule… (Esc stops and keeps the best so far)":
      "ملء البرنامج… (Esc يوقف ويحتفظ بالأفضل)",
    "Go to time (HH:MM): ": "الذهاب إلى الساعة (HH:MM): ",
    "Move cancelled": "ألغي النقل",
    "No placed talk here": "لا مداخلة مبرمجة هنا",
    "No talk here to delete": "لا مداخلة هنا لحذفها",
    "No talk here to edit": "لا مداخلة هنا لتعديلها",
    "No talk here to swap": "لا مداخلة هنا لتبديلها",
    "No talk here": "لا مداخلة هنا",
    "No talk here: put the cursor on a talk, or pick one from U":
      "لا مداخلة هنا: ضع المؤشر على مداخلة، أو اختر واحدة من U",
    "Not saved: {1}": "لم يحفظ: {1}",
    "Nothing changed": "لم يتغير شيء",
    "Nothing to redo": "لا شيء لإعادته",
    "Nothing to undo": "لا شيء للتراجع عنه",
    "Opened read-only": "فتح للقراءة فقط",
    "Pinned {1}": "ثبتت {1}",
    "Unpinned {1}": "فك تثبيت {1}",
    "Plan not written: {1}": "لم يكتب البرنامج: {1}",
    "Read-only: {1} is open in another Multaqa": "للقراءة فقط: {1} مفتوح في ملتقى آخر",
    "Recovery journal not used: {1}": "لم يستعمل سجل الاسترجاع: {1}",
    "Redid: {1}": "أعيد: {1}",
    "Reloaded {1} from disk": "أعيد تحميل {1} من القرص",
    "Restored the unsaved changes from the recovery journal":
      "استرجعت التغييرات غير المحفوظة من سجل الاسترجاع",
    "Right-to-left text: {1}": "النص من اليمين إلى اليسار: {1}",
    "Saved {1}": "حفظ {1}",
    "Search first with /": "ابحث أولا بـ /",
    "Search: ": "بحث: ",
    "Stopping the solver; it keeps the best schedule so far":
      "إيقاف البرمجة الآلية؛ يحتفظ بأفضل برنامج وجده",
    "Swap cancelled": "ألغي التبديل",
    "Swapped {1} and {2}": "بدلت {1} و{2}",
    "Titles in {1}": "العناوين بلغة {1}",
    "Took over the lock from {1}": "أخذ القفل من {1}",
    "Undid: {1}": "تم التراجع: {1}",
    "Unscheduled {1}": "سحبت {1} من البرنامج",
    "Wrote the plan to {1}": "كتب البرنامج في {1}",
    "Moved {1} to {2}": "نقلت {1} إلى {2}",
    // Reports and conflicts.
    "{1} talks ({2} placed, {3} unscheduled, {4} cancelled), {5} days, {6} rooms":
      "المداخلات: {1} (مبرمجة {2}، غير مبرمجة {3}، ملغاة {4})، الأيام: {5}، القاعات: {6}",
    "Not on the grid, or event-wide": "خارج الجدول، أو على مستوى التظاهرة كلها",
    "error": "خطأ",
    "warning": "تنبيه",
    "{1} ({2}) overlaps the break “{3}” ({4})": "{1} ({2}) يتداخل مع استراحة «{3}» ({4})",
    "{1} needs {2}, which {3} does not have": "{1} يحتاج إلى {2}، وهو غير متوفر في {3}",
    "{1} runs {2} but the day is open {3}": "{1} موعده {2} واليوم مفتوح {3}",
    "{1} expects {2} people but {3} seats {4}": "{1} ينتظر {2} شخصا و{3} تتسع لـ {4}",
    "{1} {2} runs at the same time as {3}": "{1} {2} في نفس وقت {3}",
    "{1} {2} runs at the same time as {3} from {4} to {5}": "{1} {2} في نفس وقت {3} من {4} إلى {5}",
    "{1} prefers {2} but is at {3}": "{1} يفضل {2} وموعده {3}",
    "{1} and {2} are both in {3}": "{1} و{2} كلاهما في {3}",
    "{1} and {2} are both in {3} from {4} to {5}": "{1} و{2} كلاهما في {3} من {4} إلى {5}",
    "{1} ends {2} in {3} at {4} and starts {5} in {6} at once":
      "{1} ينهي {2} في {3} على {4} ويبدأ {5} في {6} فورا",
    "{1} speaks in {2} and {3} at the same time": "{1} يتدخل في {2} و{3} في نفس الوقت",
    "{1} speaks in {2} and {3} at the same time from {4} to {5}":
      "{1} يتدخل في {2} و{3} في نفس الوقت من {4} إلى {5}",
    "{1} is unavailable {2} but speaks in {3}": "{1} غير متاح {2} ويتدخل في {3}",
    "{1} is unavailable {2} but speaks in {3} from {4} to {5}":
      "{1} غير متاح {2} ويتدخل في {3} من {4} إلى {5}",
    "{1} and {2}, both on “{3}”, run at the same time":
      "{1} و{2}، وكلاهما في محور «{3}»، في نفس الوقت",
    "{1} and {2}, both on “{3}”, run at the same time from {4} to {5}":
      "{1} و{2}، وكلاهما في محور «{3}»، في نفس الوقت من {4} إلى {5}",
    "{1} has no place yet": "{1} بلا مكان بعد",
    "{1} should come after {2} but starts before it ends":
      "{1} يجب أن يأتي بعد {2} لكنه يبدأ قبل انتهائه",
    "theme {1} “{2}” has no name in {3}": "المحور {1} «{2}» بلا اسم بـ {3}",
    "{1} has no title in {2}": "{1} بلا عنوان بـ {2}",
    // The solver's report.
    "unscheduled": "غير مبرمجة",
    "Changes": "التغييرات",
    "Could not be placed": "تعذرت برمجتها",
    "{1}: placed {2}, moved {3}": "{1}: برمجت {2}، نقلت {3}",
    ", unscheduled {1}": "، سحبت {1}",
    "; score {1}": "؛ النتيجة {1}",
    " (proven optimal)": " (الأمثل مثبت)",
    "Score": "النتيجة",
    " (lower is better)": " (الأقل أفضل)",
    "total {1}": "المجموع {1}",
    " (proven optimal in {1} search nodes)": " (الأمثل مثبت في {1} عقدة بحث)",
    "Warnings left, and why": "التنبيهات الباقية وأسبابها",
    // Plans, kinds and statuses.
    "cancelled": "ملغى",
    "tentative": "غير مؤكد",
    "all rooms": "كل القاعات",
    "Room": "القاعة",
    "Time": "التوقيت",
    "Programme": "البرنامج",
    "plenary": "جلسة عامة",
    "keynote": "محاضرة رئيسية",
    "talk": "مداخلة",
    "panel": "ندوة",
    "workshop": "ورشة",
    "ceremony": "حفل",
    "confirmed": "مؤكد",
    "pinned": "مثبتة",
    "{1} min": "{1} د",
    // Questions and alerts.
    "{1} changed on disk since it was opened.": "تغير {1} على القرص منذ فتحه.",
    "overwrite it": "الكتابة فوقه",
    "reload it, losing your edits": "إعادة تحميله مع فقدان تعديلاتك",
    "cancel": "إلغاء",
    "A recovery journal holds changes to {1} that were never saved ({2}).":
      "في سجل الاسترجاع تغييرات على {1} لم تحفظ قط ({2}).",
    "restore them": "استرجاعها",
    "discard them": "التخلي عنها",
    "Recovery journal kept in {1} (not {2})": "سجل الاسترجاع محفوظ في {1} (لا في {2})",
    "Unsaved changes are NOT protected: no recovery journal can be written ({1}). Save (w) as soon as you can":
      "التغييرات غير المحفوظة غير محمية: لا يمكن كتابة سجل الاسترجاع ({1}). احفظ (w) في أقرب وقت",
    "Delete {1} “{2}”?": "حذف {1} «{2}»؟",
    "yes, delete it": "نعم، احذفها",
    "no": "لا",
    "yes": "نعم",
    "Save the changes to {1} before quitting?": "حفظ التغييرات على {1} قبل الخروج؟",
    "save": "حفظ",
    "discard": "تخل",
    // Lists and the lock.
    "Its {1} talks become unscheduled.": "ستسحب مداخلاتها ({1}) من البرنامج.",
    "Delete room {1}?": "حذف القاعة {1}؟",
    "Delete theme {1}? Its talks keep no theme.": "حذف المحور {1}؟ تبقى مداخلاته بلا محور.",
    "Delete {1}?": "حذف {1}؟",
    "Deleted room {1} ({2} talks unscheduled)": "حذفت القاعة {1} (سحبت {2} مداخلات)",
    "Deleted theme {1}": "حذف المحور {1}",
    "Deleted {1} ({2} talks unscheduled)": "حذف {1} (سحبت {2} مداخلات)",
    "another Multaqa (pid {1})": "ملتقى آخر (pid {1})",
    "another Multaqa, under another name": "ملتقى آخر، باسم آخر",
    "{1} is open in {2}. Saving here would undo its work.":
      "{1} مفتوح في {2}. الحفظ هنا يلغي عمله.",
    "open read-only": "فتح للقراءة فقط",
    "quit": "خروج",
    "take it over": "أخذه",
    "{1} is locked by Multaqa pid {2} on {3}, which cannot be checked from here. Take the lock only if that editor is closed.":
      "{1} مقفل من ملتقى pid {2} على {3}، ولا يمكن التحقق منه من هنا. لا تأخذ القفل إلا إن كان ذلك المحرر مغلقا.",
    // Solver reasons, model rules, edits and the editor's messages.
    "\"{1}\" is not a feature name (like interpretation, projector)":
      "«{1}» ليس اسم تجهيز (مثل interpretation وprojector)",
    "\"{1}\" is not a language tag (BCP 47, like ar, fr, en)":
      "«{1}» ليس رمز لغة (BCP 47، مثل ar وfr وen)",
    "\"{1}\" is not a valid id (use letters, digits, '-', '_' or '.', no spaces)":
      "«{1}» ليس معرّفا صالحا (حروف وأرقام و«-» و«_» و«.»، دون فراغات)",
    "1 new error (see C)": "خطأ جديد واحد (انظر C)",
    "Automatic scheduling": "البرمجة التلقائية",
    "Deleted {1}": "حذفت {1}",
    "Filled the schedule: placed {1}, moved {2} (u undoes)":
      "مُلئ البرنامج: وُضعت {1} ونُقلت {2} (u للتراجع)",
    "No talk matches “{1}”": "لا مداخلة توافق «{1}»",
    "Nothing to change": "لا شيء للتغيير",
    "Nothing to change: every talk that can be placed already has a place.":
      "لا شيء للتغيير: لكل مداخلة يمكن وضعها مكان بالفعل.",
    "Placed {1}, moved {2}. One undo (u) takes it all back.":
      "وُضعت {1} ونُقلت {2}. تراجع واحد (u) يلغي الكل.",
    "Put the cursor on another talk to swap with {1}": "ضع المؤشر على مداخلة أخرى لتبديلها مع {1}",
    "Show only the talks of…": "عرض مداخلات… فقط",
    "There is no day {1}": "لا يوجد يوم {1}",
    "Write the plan of {1} to: ": "كتابة برنامج {1} في: ",
    "a date like 2010-03-14": "تاريخا مثل 2010-03-14",
    "a number": "عددا",
    "a number of people": "عدد أشخاص",
    "a number of seats": "عدد مقاعد",
    "a talk cannot come after itself": "لا يمكن لمداخلة أن تأتي بعد نفسها",
    "a talk lasts at least one slot ({1} minutes)":
      "تدوم المداخلة فترة واحدة على الأقل ({1} دقيقة)",
    "a whole number": "عددا صحيحا",
    "a {1} with id {2} already exists": "{1} بالمعرّف {2} موجود بالفعل",
    "a {1} {2} already exists": "{1} {2} موجود بالفعل",
    "an event needs at least one day: add another before deleting {1}":
      "يحتاج الحدث يوما واحدا على الأقل: أضف يوما آخر قبل حذف {1}",
    "an id": "معرّفا",
    "an id needs letters, digits, - or _, no spaces":
      "يتكون المعرّف من حروف وأرقام و- أو _، دون فراغات",
    "day": "يوم",
    "day {1}": "اليوم {1}",
    "ending by {1}": "ينتهي قبل {1}",
    "error: {1}": "خطأ: {1}",
    "error: {1} with {2}": "خطأ: {1} مع {2}",
    "every room qualifies": "كل القاعات مناسبة",
    "every talk involved is pinned": "كل المداخلات المعنية مثبتة",
    "from {1}": "ابتداء من {1}",
    "give a date, a from time, a to time, or several":
      "أعط تاريخا أو وقت بداية أو وقت نهاية أو عدة منها",
    "has no {1}": "تفتقر إلى {1}",
    "improves the score": "يحسّن النتيجة",
    "it is booked with no gap long enough left": "هي محجوزة دون فجوة طويلة بما يكفي",
    "it is taken on both days from opening to closing":
      "هي مشغولة في اليومين من الافتتاح إلى الاختتام",
    "it is taken on every day from opening to closing": "هي مشغولة كل يوم من الافتتاح إلى الاختتام",
    "it is taken {1} with no gap of its length left": "هي مشغولة {1} دون فجوة بطولها",
    "its room": "قاعتها",
    "minutes": "دقائق",
    "must divide the day evenly (5, 10, 15, 30, 60…)":
      "يجب أن يقسم اليوم بالتساوي (5، 10، 15، 30، 60…)",
    "must not be empty": "يجب ألا يكون فارغا",
    "name": "الاسم",
    "no error-free place for {1} avoids it": "لا مكان خاليا من الأخطاء لـ {1} يتجنبه",
    "no free time is left": "لم يبق وقت فارغ",
    "no room {1}": "لا قاعة {1}",
    "no speaker {1}": "لا متحدث {1}",
    "no talk {1}": "لا مداخلة {1}",
    "no theme {1}": "لا محور {1}",
    "not placed": "لم توضع",
    "one of the moves allowed by --allow-moves, to lower the score":
      "أحد التنقلات التي يسمح بها --allow-moves، لخفض النتيجة",
    "only {1} qualifies": "{1} وحدها مناسبة",
    "only {1} qualify": "{1} وحدها مناسبة",
    "plenary sessions ({1}) hold the remaining times": "جلسات عامة ({1}) تشغل الأوقات الباقية",
    "removes {1}": "يزيل {1}",
    "room": "قاعة",
    "room {1}": "القاعة {1}",
    "room {1} holds {2}; move them first": "القاعة {1} تضم {2}؛ انقلها أولا",
    "seats {1}": "تتسع لـ {1}",
    "speaker": "متحدث",
    "speaker {1}": "المتحدث {1}",
    "speaker {1} has unavailability on {2}; remove it first":
      "للمتحدث {1} فترة غياب يوم {2}؛ احذفها أولا",
    "speaker {1} speaks in {2}; change them first": "المتحدث {1} يتحدث في {2}؛ عدّلها أولا",
    "talk {1}": "المداخلة {1}",
    "talk {1} is to come after {2}; remove that wish first":
      "المداخلة {1} يجب أن تأتي بعد {2}؛ أزل هذه الرغبة أولا",
    "text": "نصا",
    "the audience is a number of people (or empty)": "الجمهور عدد أشخاص (أو فارغ)",
    "the best alternative, {1} at {2}, would avoid it but costs {3} more":
      "أفضل بديل، {1} في {2}، يتجنبه لكنه يكلف {3} أكثر",
    "the break ends at {1}, before it starts at {2}":
      "تنتهي الاستراحة على {1}، قبل أن تبدأ على {2}",
    "the break {1}–{2} is outside the day ({3}–{4})": "الاستراحة {1}–{2} خارج اليوم ({3}–{4})",
    "the break {1}–{2} overlaps {3}–{4}": "الاستراحة {1}–{2} تتداخل مع {3}–{4}",
    "the capacity is a number of seats": "السعة عدد مقاعد",
    "the day closes at {1}, before it opens at {2}": "يُختتم اليوم على {1}، قبل أن يُفتتح على {2}",
    "the duration is a number of minutes": "المدة عدد دقائق",
    "the event": "الحدث",
    "the event needs at least one day": "يحتاج الحدث يوما واحدا على الأقل",
    "the format version": "إصدار الصيغة",
    "the placement": "المكان",
    "the {1} must not be empty": "يجب ألا يكون {1} فارغا",
    "the {1} {2} is no longer in the schedule": "{1} {2} لم يعد في البرنامج",
    "theme": "محور",
    "theme {1}": "المحور {1}",
    "theme {1} is used by {2}; change them first": "المحور {1} تستعمله {2}؛ عدّلها أولا",
    "they are booked with no gap long enough left": "هي محجوزة دون فجوة طويلة بما يكفي",
    "they are taken on both days from opening to closing":
      "هي مشغولة في اليومين من الافتتاح إلى الاختتام",
    "they are taken on every day from opening to closing":
      "هي مشغولة كل يوم من الافتتاح إلى الاختتام",
    "title": "العنوان",
    "true or false": "true أو false",
    "unscheduled to remove {1}": "سُحبت من البرنامج لإزالة {1}",
    "warning: {1}": "تنبيه: {1}",
    "warning: {1} with {2}": "تنبيه: {1} مع {2}",
    "was unscheduled": "لم تكن مبرمجة",
    "where it is free long enough, {1} are busy in {2}":
      "حين تكون فارغة مدة كافية، يكون {1} منشغلين في {2}",
    "where it is free long enough, {1} is busy in {2}":
      "حين تكون فارغة مدة كافية، يكون {1} منشغلا في {2}",
    "where they are free long enough, {1} are busy in {2}":
      "حين تكون فارغة مدة كافية، يكون {1} منشغلين في {2}",
    "where they are free long enough, {1} is busy in {2}":
      "حين تكون فارغة مدة كافية، يكون {1} منشغلا في {2}",
    "write a time like 09:00": "اكتب وقتا مثل 09:00",
    "write breaks as 10:30-11:00 Coffee, separated by ;":
      "اكتب الاستراحات هكذا 10:30-11:00 قهوة، مفصولة بـ ;",
    "write the date as YYYY-MM-DD": "اكتب التاريخ على شكل YYYY-MM-DD",
    "{1} ({2} min)": "{1} ({2} د)",
    "{1} ({2} pinned)": "{1} ({2} مثبتة)",
    "{1} and {2} more": "{1} و{2} أخرى",
    "{1} cannot use any room: no room qualifies ({2})":
      "{1} لا يمكنها استعمال أي قاعة: لا قاعة مناسبة ({2})",
    "{1} fits no time of any day: the opening hours and breaks leave no room for it":
      "{1} لا تلائم أي وقت من أي يوم: ساعات العمل والاستراحات لا تترك لها مكانا",
    "{1} fits no time of any day: {2} are away whenever it would fit":
      "{1} لا تلائم أي وقت من أي يوم: {2} غائبون كلما كانت ستلائم",
    "{1} fits no time of any day: {2} is away whenever it would fit":
      "{1} لا تلائم أي وقت من أي يوم: {2} غائب كلما كانت ستلائم",
    "{1} holds {2}; move them first": "{1} يضم {2}؛ انقلها أولا",
    "{1} is already a day of the event": "{1} يوم من أيام الحدث بالفعل",
    "{1} is cancelled: set its status in the form (e) first":
      "{1} ملغاة: غيّر حالتها في الاستمارة (e) أولا",
    "{1} is listed twice": "{1} مذكور مرتين",
    "{1} is no longer a day of the event": "{1} لم يعد يوما من أيام الحدث",
    "{1} is not a day of the event": "{1} ليس يوما من أيام الحدث",
    "{1} is not a known {2}": "{1} ليس {2} معروفا",
    "{1} is not after {2}": "{1} ليس بعد {2}",
    "{1} is not in the years an event can be planned in ({2}–{3})":
      "{1} ليس في السنوات التي يمكن تخطيط حدث فيها ({2}–{3})",
    "{1} is not {2}": "{1} ليس {2}",
    "{1} is off the {2}-minute grid (nearest: {3} or {4})":
      "{1} خارج شبكة {2} دقيقة (الأقرب: {3} أو {4})",
    "{1} is pinned: unpin it (p) first": "{1} مثبتة: ألغ تثبيتها (p) أولا",
    "{1} is ruled out": "{1} مستبعدة",
    "{1} lasts {2} minutes but no day has more than {3} minutes between breaks":
      "{1} تدوم {2} دقيقة لكن لا يوم فيه أكثر من {3} دقيقة بين الاستراحات",
    "{1} minutes is longer than a day": "{1} دقيقة أطول من يوم",
    "{1} minutes is not a multiple of the slot ({2} minutes)":
      "{1} دقيقة ليست مضاعفا للفترة ({2} دقيقة)",
    "{1} needs {2}": "{1} تحتاج {2}",
    "{1} needs {2}: no room qualifies ({3})": "{1} تحتاج {2}: لا قاعة مناسبة ({3})",
    "{1} new errors (see C)": "{1} أخطاء جديدة (انظر C)",
    "{1} talks could not be placed (see the report)": "تعذر وضع {1} مداخلات (انظر التقرير)",
    "{1} with {2}": "{1} مع {2}",
    "{1}: {2}, and {3}": "{1}: {2}، و{3}",
    "“{1}” is not a time: write it as HH:MM": "«{1}» ليس وقتا: اكتبه على شكل HH:MM",
    " and ": " و",
    " or ": " أو ",
    // The editor's messages while moving, swapping, finding and filtering.
    "There is no room to place talks in: add one first (R)":
      "لا توجد قاعة لوضع المداخلات فيها: أضف واحدة أولا (R)",
    "There is no day to place talks on: add one first (Y)":
      "لا يوجد يوم لوضع المداخلات فيه: أضف واحدا أولا (Y)",
    "All themes": "كل المحاور",
    "No conflicts": "لا تعارضات",
    "No conflicts on the grid (see C)": "لا تعارضات على الشبكة (انظر C)",
    "Match {1} of {2}: {3} “{4}” (n/N)": "النتيجة {1} من {2}: {3} «{4}» (n/N)",
    "Showing every theme": "عرض كل المحاور",
    "Showing only {1} (f to change)": "عرض {1} فقط (f للتغيير)",
    "Swap {1} with… move to the other talk and press s or Enter (Esc cancels)":
      "تبديل {1} مع… انتقل إلى المداخلة الأخرى واضغط s أو Enter (Esc للإلغاء)",
    "Moving {1}: arrows to choose, Enter to drop, Esc to cancel · · fits, ~ fits with a warning":
      "نقل {1}: الأسهم للاختيار، Enter للوضع، Esc للإلغاء · · تلائم، ~ تلائم مع تنبيه",
    // Two counts side by side.
    "{1}, {2}": "{1}، {2}",
    // A list's comma.
    ", ": "، ",
    // Two parts of a summary.
    "{1}; {2}": "{1}؛ {2}",
    // Reading a schedule file: what is wrong in it.
    "\"{1}\" is not a UTC time like 20100301T090000Z": "«{1}» ليس وقتا UTC مثل 20100301T090000Z",
    "\"{1}\" is not a date; write it as YYYY-MM-DD": "«{1}» ليس تاريخا؛ اكتبه على شكل YYYY-MM-DD",
    "\"{1}\" is not a fingerprint (letters and digits, as Multaqa writes)":
      "«{1}» ليس بصمة (حروف وأرقام، كما يكتبها ملتقى)",
    "\"{1}\" is not a time zone of the tz database": "«{1}» ليس منطقة زمنية في قاعدة tz",
    "\"{1}\" is not a time; write it as HH:MM, like \"09:30\"":
      "«{1}» ليس وقتا؛ اكتبه على شكل HH:MM، مثل «09:30»",
    "\"{1}\" is not a valid id": "«{1}» ليس معرّفا صالحا",
    "\"{1}\" is not one of {2}": "«{1}» ليس من بين {2}",
    "a field name must be plain text, found {1}": "يجب أن يكون اسم الحقل نصا بسيطا، وُجد {1}",
    "a list": "قائمة",
    "a mapping": "مجموعة حقول",
    "an alias": "اسما مستعارا",
    "cannot read the text: {1}": "تعذرت قراءة النص: {1}",
    "duplicate {1} {2}": "{1} {2} مكرر",
    "expected a list, found {1}": "كانت منتظرة قائمة، وُجد {1}",
    "expected a mapping of fields, found {1}": "كانت منتظرة مجموعة حقول، وُجد {1}",
    "expected a number of zero or more, found \"{1}\"": "كان منتظرا عدد صفر أو أكثر، وُجد «{1}»",
    "expected text, found {1}": "كان منتظرا نص، وُجد {1}",
    "expected translations by language code, like {ar: \"…\", fr: \"…\"}, found {1}":
      "كانت منتظرة ترجمات برمز اللغة، مثل {ar: \"…\", fr: \"…\"}، وُجد {1}",
    "expected true or false, found \"{1}\"": "كان منتظرا true أو false، وُجد «{1}»",
    "expected {1}, found \"{2}\"": "كان منتظرا {1}، وُجد «{2}»",
    "expected {1}, found {2}": "كان منتظرا {1}، وُجد {2}",
    "format version {1} is newer than this Multaqa reads ({2}); update Multaqa to open this file":
      "إصدار الصيغة {1} أحدث مما يقرؤه ملتقى هذا ({2})؛ حدّث ملتقى لفتح هذا الملف",
    "invalid YAML: {1}": "YAML غير صالح: {1}",
    "is not a schedule": "ليس برنامجا",
    "missing `multaqa: {1}` (the format version) at the top of the file":
      "`multaqa: {1}` (إصدار الصيغة) ناقص في أعلى الملف",
    "missing field {1} ({2})": "الحقل {1} ناقص ({2})",
    "missing section days (the event needs at least one day)":
      "القسم days ناقص (يحتاج الحدث يوما واحدا على الأقل)",
    "missing section event (title, venue, timezone, slot)":
      "القسم event ناقص (title وvenue وtimezone وslot)",
    "must be at least {1}, found {2}": "يجب أن يكون {1} على الأقل، وُجد {2}",
    "must be at most {1}, found {2}": "يجب أن يكون {1} على الأكثر، وُجد {2}",
    "nothing": "لا شيء",
    "the document expands to far more values than the file holds (YAML aliases?); write the values out instead of repeating an anchor":
      "يتوسع المستند إلى قيم أكثر بكثير مما يحويه الملف (أسماء YAML مستعارة؟)؛ اكتب القيم بدل تكرار مرساة",
    "the event needs at least one day (date, opens, closes); the list is empty":
      "يحتاج الحدث يوما واحدا على الأقل (date وopens وcloses)؛ القائمة فارغة",
    "unknown field": "حقل غير معروف",
    "unknown field (did you mean {1}?)": "حقل غير معروف (هل تقصد {1}؟)",
    "{1} (did you mean {2}?)": "{1} (هل تقصد {2}؟)",
    "{1} is not a language tag (BCP 47, like ar, fr, en, ar-DZ)":
      "{1} ليس رمز لغة (BCP 47، مثل ar وfr وen وar-DZ)",
    "{1} is outside the years an event can be planned in ({2}–{3}); is the year mistyped?":
      "{1} خارج السنوات التي يمكن تخطيط حدث فيها ({2}–{3})؛ هل السنة مكتوبة خطأ؟",
    "{1} problems; nothing was changed.": "{1} مشكلات؛ لم يتغير شيء.",
    // Files: opening, saving, spreadsheets, and the commands' own words.
    " and {1} new speaker(s)": " و{1} متحدث(ين) جدد",
    ", {1} changed, {2} unchanged": "، {1} معدلة، {2} دون تغيير",
    "--day {1} is not a day of {2} ({3})": "--day {1} ليس يوما من أيام {2} ({3})",
    "--lang {1}: {2} has no text in that language (its languages: {3})":
      "--lang {1}: لا نص في {2} بهذه اللغة (لغاته: {3})",
    "--map names a column the header lacks: {1}": "--map يسمي عمودا غير موجود في الترويسة: {1}",
    "--map {1}={2}: {2} is not a field": "--map {1}={2}: {2} ليس حقلا",
    "--room {1} is not a room of {2} ({3})": "--room {1} ليست قاعة في {2} ({3})",
    "--theme {1} is not a theme of {2} ({3})": "--theme {1} ليس محورا في {2} ({3})",
    "Formatted {1} (previous version: {1}.bak)": "نُسّق {1} (النسخة السابقة: {1}.bak)",
    "Imported {1} into {2}": "استورد إلى {2}: {1}",
    "Nothing to import: {1} already holds every row": "لا شيء للاستيراد: {1} يضم كل الأسطر بالفعل",
    "Would add {1} to {2}": "سيضيف إلى {2}: {1}",
    "Wrote {1} calendars to {2}": "كُتبت {1} رزنامات في {2}",
    "a YAML alias cannot be used as a field name; write the name out":
      "لا يمكن استعمال اسم YAML مستعار اسما لحقل؛ اكتب الاسم كاملا",
    "a control character (U+{1}) is not allowed in a schedule file; remove it (a tab, a line break or an escape like \\t in quotes is)":
      "محرف تحكم (U+{1}) غير مسموح في ملف برنامج؛ احذفه (المسموح: جدولة أو سطر جديد أو تهريب مثل \\t بين علامتي تنصيص)",
    "a place needs date, room and start together (or none of them)":
      "يحتاج المكان التاريخ والقاعة والبداية معا (أو لا شيء منها)",
    "a quoted field is never closed": "حقل بين علامتي تنصيص لم يُغلق",
    "audience “{1}” is not a number of people": "الجمهور «{1}» ليس عدد أشخاص",
    "belongs to {1}, not {2}: not used": "يعود إلى {1}، لا إلى {2}: لم يُستعمل",
    "cannot back up the file as {1}": "تعذر حفظ نسخة احتياطية من الملف باسم {1}",
    "cannot be reached: {1}": "لا يمكن الوصول إليه: {1}",
    "cannot be read (check its permissions)": "لا تمكن قراءته (تحقق من صلاحياته)",
    "cannot be read as YAML: {1}": "لا تمكن قراءته بصيغة YAML: {1}",
    "cannot be read: {1}": "لا تمكن قراءته: {1}",
    "cannot create a file in {1}: {2}": "تعذر إنشاء ملف في {1}: {2}",
    "cannot flush to disk: {1}": "تعذرت الكتابة على القرص: {1}",
    "cannot keep the backup {1}: {2}": "تعذر الاحتفاظ بالنسخة الاحتياطية {1}: {2}",
    "cannot open: {1}": "تعذر الفتح: {1}",
    "cannot replace the file: {1}": "تعذر استبدال الملف: {1}",
    "cannot write the backup {1}: {2}": "تعذرت كتابة النسخة الاحتياطية {1}: {2}",
    "cannot write: {1}": "تعذرت الكتابة: {1}",
    "contains a NUL byte: this looks like a binary file, not a schedule":
      "يحوي بايت NUL: يبدو ملفا ثنائيا لا برنامجا",
    "date “{1}” is not a day of the event ({2})": "التاريخ «{1}» ليس يوما من أيام الحدث ({2})",
    "duration “{1}” is not a number of minutes (45, 1h30, 01:30)":
      "المدة «{1}» ليست عدد دقائق (45، 1h30، 01:30)",
    "holds no YAML document": "لا يحوي أي مستند YAML",
    "id “{1}” has spaces or signs (use letters, digits, - _ .)":
      "المعرّف «{1}» فيه فراغات أو رموز (استعمل الحروف والأرقام و- _ .)",
    "invalid UTF-8 byte 0x{1}: the rest of the file is UTF-8, so nothing was imported; correct that byte, or give --encoding if the file is in another one":
      "بايت UTF-8 غير صالح 0x{1}: باقي الملف UTF-8، لذا لم يُستورد شيء؛ صحح ذلك البايت، أو أعط --encoding إن كان الملف بترميز آخر",
    "is UTF-16 text; save it as UTF-8": "نص UTF-16؛ احفظه بترميز UTF-8",
    "is UTF-32 text; save it as UTF-8": "نص UTF-32؛ احفظه بترميز UTF-8",
    "is a folder": "مجلد",
    "is a folder, not a schedule file": "مجلد، لا ملف برنامج",
    "is empty; a schedule starts with `multaqa: {1}`": "فارغ؛ يبدأ البرنامج بـ `multaqa: {1}`",
    "is larger than {1} MB": "أكبر من {1} ميغابايت",
    "is larger than {1} MB; a schedule file is far smaller (is this the right file?)":
      "أكبر من {1} ميغابايت؛ ملف البرنامج أصغر بكثير (هل هذا هو الملف الصحيح؟)",
    "is not valid UTF-8 (byte 0x{1}); save the file as UTF-8":
      "ليس UTF-8 صالحا (البايت 0x{1})؛ احفظ الملف بترميز UTF-8",
    "kind “{1}” is not one of {2}": "النوع «{1}» ليس من {2}",
    "no such file": "لا يوجد هذا الملف",
    "no title column (title, titre or العنوان)": "لا عمود للعنوان (title أو titre أو العنوان)",
    "not a terminal, so here is the check of {1} instead of the editor":
      "ليست طرفية، فهذا فحص {1} بدل المحرر",
    "not saved: the schedule would not load again: {1}": "لم يُحفظ: لن يُفتح البرنامج مجددا: {1}",
    "not saved: {1}: {2}: {3}": "لم يُحفظ: {1}: {2}: {3}",
    "pinned “{1}” is not yes or no": "التثبيت «{1}» ليس نعم أو لا",
    "room “{1}” is not a room of the event ({2})": "القاعة «{1}» ليست قاعة في الحدث ({2})",
    "start “{1}” is not a time (09:30, 9h30)": "البداية «{1}» ليست وقتا (09:30، 9h30)",
    "status “{1}” is not confirmed, tentative or cancelled":
      "الحالة «{1}» ليست confirmed أو tentative أو cancelled",
    "talk {1} already exists (--update replaces the talks the schedule has)":
      "المداخلة {1} موجودة بالفعل (--update يستبدل مداخلات البرنامج)",
    "talk {1} appears twice in the table": "المداخلة {1} مذكورة مرتين في الجدول",
    "talk {1} is new and the table has no title column":
      "المداخلة {1} جديدة والجدول بلا عمود للعنوان",
    "the UTF-16 text has an odd number of bytes": "نص UTF-16 فيه عدد فردي من البايتات",
    "the duration is empty": "المدة فارغة",
    "the file holds no header row": "الملف بلا سطر ترويسة",
    "the file is not valid UTF-16": "الملف ليس UTF-16 صالحا",
    "the file is not valid UTF-8": "الملف ليس UTF-8 صالحا",
    "the preferred date or times do not read as dates and times":
      "التاريخ أو الأوقات المفضلة لا تُقرأ تواريخ وأوقاتا",
    "the terminal cannot be started (TERM={1}); try TERM=xterm-256color":
      "تعذر تشغيل الطرفية (TERM={1})؛ جرّب TERM=xterm-256color",
    "the title is empty": "العنوان فارغ",
    "theme “{1}” is not a theme of the event ({2})": "المحور «{1}» ليس محورا في الحدث ({2})",
    "too many symbolic links (more than {1}, or a link that leads back to itself)":
      "روابط رمزية كثيرة جدا (أكثر من {1}، أو رابط يعود إلى نفسه)",
    "two columns hold {1}": "عمودان يحويان {1}",
    "unknown column “{1}”: assign it with --map “{1}=FIELD” or skip it with --map “{1}=ignore”":
      "عمود غير معروف «{1}»: عيّنه بـ --map «{1}=FIELD» أو تجاهله بـ --map «{1}=ignore»",
    "{1} bad row(s): nothing was imported (--skip-bad-rows imports the others)":
      "{1} سطر(أسطر) خاطئة: لم يُستورد شيء (--skip-bad-rows يستورد الباقي)",
    "{1} fields for {2} columns": "{1} حقول لـ {2} أعمدة",
    "{1} is already formatted": "{1} منسق بالفعل",
    "{1} is not in Multaqa's layout": "{1} ليس بتنسيق ملتقى",
    "{1} new talk(s) ({2} placed, {3} unscheduled)":
      "{1} مداخلة(ت) جديدة ({2} موضوعة، {3} غير مبرمجة)",
    "{1} “{2}” is a spreadsheet formula, not text: Multaqa does not import formulas (to import it as text, start the cell with an apostrophe: '{2})":
      "{1} «{2}» صيغة جدول حسابي لا نص: ملتقى لا يستورد الصيغ (لاستيرادها نصا، ابدأ الخلية بفاصلة عليا: '{2})",
    "{1}: cannot be created as a folder ({2})": "{1}: تعذر إنشاؤه مجلدا ({2})",
    "{1}: cannot be read": "{1}: لا تمكن قراءته",
    "“{1}” (U+{2}) has no place in Windows-1256": "«{1}» (U+{2}) لا مكان له في Windows-1256",
    // The editor's terminal, when it cannot start.
    "`multaqa check {1}` and `multaqa print {1}` work without a terminal":
      "`multaqa check {1}` و`multaqa print {1}` يعملان دون طرفية",
    "TERM is not set, so the kind of terminal is unknown. Set it to your terminal's type, for example TERM=xterm-256color; {1}.":
      "TERM غير معرّف، فنوع الطرفية مجهول. اضبطه على نوع طرفيتك، مثلا TERM=xterm-256color؛ {1}.",
    "the terminal type TERM={1} is not known on this machine (no terminfo entry). Try TERM=xterm-256color, or install its entry (Debian: ncurses-term); {2}.":
      "نوع الطرفية TERM={1} غير معروف على هذا الجهاز (لا مدخل terminfo). جرّب TERM=xterm-256color، أو ثبّت مدخله (Debian: ncurses-term)؛ {2}.",
    "this machine has no terminfo database (Debian: apt-get install ncurses-base); {1}.":
      "لا قاعدة terminfo على هذا الجهاز (Debian: apt-get install ncurses-base)؛ {1}.",
    "this terminal (TERM={1}) cannot place the cursor, so it cannot show the editor's grid. Use a full terminal (TERM=xterm-256color), or: {2}.":
      "هذه الطرفية (TERM={1}) لا تستطيع وضع المؤشر، فلا يمكنها عرض شبكة المحرر. استعمل طرفية كاملة (TERM=xterm-256color)، أو: {2}.",
    // The solver at work.
    "{1}: {2}/{3} placed · best score {4} · {5}s": "{1}: {2}/{3} موضوعة · أفضل نتيجة {4} · {5} ث",
    "improving": "تحسين",
    "placing": "وضع",
    "repairing": "إصلاح",
    // Speakers, and what forms say when accepted.
    "\"{1}\" is not a phone number (digits, spaces and + - . ( ) only)":
      "«{1}» ليس رقم هاتف (أرقام وفراغات و+ - . ( ) فقط)",
    "\"{1}\" is not an email address (like name@example.org)":
      "«{1}» ليس عنوان بريد إلكتروني (مثل name@example.org)",
    "Added room {1}": "أضيفت القاعة {1}",
    "Added speaker {1}": "أضيف المتحدث {1}",
    "Added theme {1}": "أضيف المحور {1}",
    "Added {1}": "أضيف {1}",
    "Added {1} (unscheduled: U to place it)": "أضيفت {1} (غير مبرمجة: U لوضعها)",
    "At {1}": "عند {1}",
    "Delete speaker {1}? No talk names them.": "حذف المتحدث {1}؟ لا تذكره أي مداخلة.",
    "Deleted speaker {1}": "حذف المتحدث {1}",
    "Edited room {1}": "عُدّلت القاعة {1}",
    "Edited speaker {1}": "عُدّل المتحدث {1}",
    "Edited theme {1}": "عُدّل المحور {1}",
    "Edited {1}": "عُدّلت {1}",
    "New speaker": "متحدث جديد",
    "Speaker {1}": "المتحدث {1}",
    "away {1}": "غائب {1}",
    "write each period as 2010-03-15 09:00-12:00 (or a date alone for the day), separated by ;":
      "اكتب كل فترة هكذا 2010-03-15 09:00-12:00 (أو تاريخا وحده لليوم كله)، مفصولة بـ ;",
    "{1} has no place yet (U lists it)": "{1} بلا مكان بعد (U يعرضها)",
    "{1} speaks in {2}: take them out of those talks first":
      "{1} يتحدث في {2}: أزله من هذه المداخلات أولا",
    "{1} talks": "{1} مداخلات",
    "Speakers: names, contact, unavailability, their talks":
      "المتحدثون: الأسماء والاتصال والغياب ومداخلاتهم",
    "Affiliation": "الهيئة",
    "Email": "البريد الإلكتروني",
    "Phone": "الهاتف",
    "Unavailable (2010-03-15 09:00-12:00; …)": "غير متاح (2010-03-15 09:00-12:00؛ …)",
    "Talks": "المداخلات",
    "Talks (Enter goes to one)": "المداخلات (Enter للانتقال إليها)",
    // Every field of a talk.
    "Pinned (the solver never moves it)": "مثبتة (لا ينقلها المحلّل أبدا)",
    "Place (2010-03-14 10:00 room-id)": "المكان (2010-03-14 10:00 معرّف-القاعة)",
    "Language spoken (ar, fr, en…)": "لغة المداخلة (ar، fr، en…)",
    "Preferred time (2010-03-15 09:00-12:00)": "الوقت المفضل (2010-03-15 09:00-12:00)",
    "After (talks it follows)": "بعد (المداخلات التي تليها)",
    "Abstract": "الملخص",
    "write the place as 2010-03-14 10:00 room-id, or leave it empty":
      "اكتب المكان هكذا 2010-03-14 10:00 معرّف-القاعة، أو اتركه فارغا",
    "write the preference as 2010-03-15 09:00-12:00, 2010-03-15, 14:00- or -12:00":
      "اكتب التفضيل هكذا 2010-03-15 09:00-12:00 أو 2010-03-15 أو 14:00- أو -12:00",
    // Cancelled and tentative talks.
    "! error  ? tentative  * pinned": "! خطأ  ? مؤقتة  * مثبتة",
    "r restore · e edit · Esc back": "r استرجاع · e تعديل · Esc رجوع",
    "Restore the cancelled talk (confirmed again, at its former place if it had one)":
      "استرجاع المداخلة الملغاة (مؤكدة من جديد، في مكانها السابق إن كان لها مكان)",
    "Only a cancelled talk can be restored (U lists them, ✗)":
      "لا تُسترجع إلا مداخلة ملغاة (U يعرضها، ✗)",
    "Restored {1} at {2} (C shows any conflict)": "استُرجعت {1} في {2} (C يعرض أي تعارض)",
    "Restored {1}: unscheduled, Enter places it": "استُرجعت {1}: غير مبرمجة، Enter يضعها",
    "{1} is cancelled: r restores it": "{1} ملغاة: r يسترجعها",
    "fits without any conflict": "تلائم دون أي تعارض",
    // The legend.
    "+{1} (f filters)": "+{1} (f للتصفية)",
    // A mistyped command.
    "unknown command '{1}'; did you mean {2}?": "أمر غير معروف «{1}»؛ هل تقصد {2}؟",
    // The file changed on disk.
    "{1} changed on disk: w asks whether to overwrite or reload":
      "تغيّر {1} على القرص: w يسأل هل يُستبدل أم يُعاد تحميله",
    // One talk.
    "{1} talk": "{1} مداخلة",
    // Printed door signs and booklet
    "Door signs": "لافتات القاعات",
    "Contents": "المحتويات",
    "Programme booklet": "كتيّب البرنامج",
    // The editor's command line
    "--lang {1} is not a language tag (BCP 47, like ar, fr, en)":
      "--lang {1} ليس وسم لغة (BCP 47، مثل ar وfr وen)",
    "--speaker {1} is not a speaker of {2} ({3})": "--speaker {1} ليس متدخلًا في {2} ({3})",
    "type a command: {1}": "اكتب أمرًا: {1}",
    "unknown command ‘{1}’; did you mean {2}?": "أمر غير معروف ‹{1}›؛ هل تقصد {2}؟",
    "unknown command ‘{1}’: the commands are {2}": "أمر غير معروف ‹{1}›: الأوامر هي {2}",
    "{1} has no option {2} (did you mean {3}?)": "ليس لـ{1} خيار {2} (هل تقصد {3}؟)",
    "{1} has no option {2}": "ليس لـ{1} خيار {2}",
    "{1} takes no value": "{1} لا يأخذ قيمة",
    "{1} needs a value ({2})": "{1} يحتاج إلى قيمة ({2})",
    "{1} is given twice": "{1} مذكور مرتين",
    "{1} must be {2}": "يجب أن يكون {1} {2}",
    "--day {1} is not a date like 2010-03-14": "--day {1} ليس تاريخًا مثل 2010-03-14",
    "{1} takes no argument ({2})": "{1} لا يأخذ وسيطًا ({2})",
    "--per-speaker writes its own files: leave out -o and --speaker":
      "--per-speaker يكتب ملفاته بنفسه: احذف -o و--speaker",
    "--width must be at least 40": "يجب ألا يقل --width عن 40",
    "--map {1}: write it as COLUMN=FIELD": "--map {1}: اكتبه على الشكل COLUMN=FIELD",
    "Wrote {1}": "كُتب {1}",
    "Not exported: {1}": "لم يُصدَّر: {1}",
    "{1}: cannot be read ({2})": "{1}: تتعذّر قراءته ({2})",
    "Files are written beside the schedule unless -o names another place.":
      "تُكتب الملفات بجانب ملف البرنامج ما لم يحدد -o مكانًا آخر.",
    "Commands": "الأوامر",
    "Imported {1} from {2}": "استُورد من {2}: {1}",
    "{1} is the schedule itself": "{1} هو ملف البرنامج نفسه",
    "--door-signs and --booklet are HTML: add --format html":
      "--door-signs و--booklet بصيغة HTML: أضف --format html",
    "choose --door-signs or --booklet": "اختر --door-signs أو --booklet",
    "Command line: export (ical, frab, csv), print (plan, door signs, booklet), import csv":
      "سطر الأوامر: export (ical وfrab وcsv)، print (الخطة، لافتات الأبواب، الكتيّب)، import csv",
    "Command line: complete the command, option or value (the choices show above)":
      "سطر الأوامر: إكمال الأمر أو الخيار أو القيمة (تُعرض الاحتمالات فوقه)",
    "iCalendar for calendar programs (all, one --speaker, one --room)":
      "iCalendar لبرامج التقويم (الكل، أو --speaker واحد، أو --room واحدة)",
    "frab schedule XML or JSON for conference apps":
      "برنامج frab بصيغة XML أو JSON لتطبيقات المؤتمرات",
    "every talk as a CSV table": "كل المداخلات في جدول CSV",
    "the day plan (text, html, markdown), door signs or the booklet":
      "خطة اليوم (نص، html، markdown)، أو لافتات الأبواب، أو الكتيّب",
    "add a spreadsheet's talks, as one undoable step":
      "إضافة مداخلات جدول بيانات، في خطوة واحدة قابلة للتراجع",
    "these commands": "هذه الأوامر",
    // The command line's status
    "Tab completes": "Tab يُكمل",
    // The solver's bound and gap
    " (lower bound {1}, gap {2})": " (الحد الأدنى {1}، الفارق {2})",
    // The grid from the opening
    "day {1}: {2} would start off the {3}-minute grid counted from the opening and the breaks; move them first":
      "اليوم {1}: ستبدأ {2} خارج شبكة الـ{3} دقيقة المحسوبة من الافتتاح ومن نهاية الاستراحات؛ انقلها أولًا",
    // Checked suggestions of --explain
    "the best alternative, {1} at {2}, would avoid it but cause an error":
      "أفضل بديل، {1} في {2}، يتجنبه لكنه يُحدث خطأ",
    "the best alternative, {1} at {2}, would avoid it and lower the score by {3}: run the solver longer":
      "أفضل بديل، {1} في {2}، يتجنبه ويخفض النتيجة بمقدار {3}: شغّل المحلّل مدة أطول",
    "the best alternative, {1} at {2}, would avoid it but cause another as costly: {3}":
      "أفضل بديل، {1} في {2}، يتجنبه لكنه يُحدث آخر بالكلفة نفسها: {3}",
    "the best alternative, {1} at {2}, would avoid it but cost as much elsewhere":
      "أفضل بديل، {1} في {2}، يتجنبه لكنه يكلف القدر نفسه في موضع آخر",
    // theme-parallel in minutes
    "a minute two talks of one theme overlap": "دقيقة تتداخل فيها مداخلتان من المحور نفسه",
    "\"{1}\" is not a way to count talks in parallel: write minutes or pairs":
      "\"{1}\" ليس طريقة لعدّ المداخلات المتوازية: اكتب minutes أو pairs",
    // Sessions (issue 13)
    "sessions {1} and {2} both hold {3}": "الجلستان {1} و{2} تشغلان {3} معًا",
    "{1} is in {2} while session {3} holds it ({4})": "{1} في {2} بينما تشغلها الجلسة {3} ({4})",
    "session {1} lists {2} before {3} but it runs after it":
      "الجلسة {1} تضع {2} قبل {3} لكنها تجري بعدها",
    "session {1} runs {2} but the day is open {3}": "الجلسة {1} تجري {2} لكن اليوم مفتوح {3}",
    "{1} is scheduled but its session {2} is not": "{1} مبرمجة لكن جلستها {2} غير مبرمجة",
    "{1} runs {2}, outside its session {3} ({4} {5})": "{1} تجري {2} خارج جلستها {3} ({4} {5})",
    "{1} is in session {2}, held in {3}": "{1} ضمن الجلسة {2} المنعقدة في {3}",
    "{1} is not of track {2} of its session {3}": "{1} ليست من مسار {2} لجلستها {3}",
    "{1} chairs session {2} ({3}) but speaks in {4} at the same time":
      "{1} يرأس الجلسة {2} ({3}) لكنه يتحدث في {4} في الوقت نفسه",
    "{1} chairs sessions {2} and {3} at the same time": "{1} يرأس الجلستين {2} و{3} في الوقت نفسه",
    "{1} chairs session {2} ({3}) but is unavailable then":
      "{1} يرأس الجلسة {2} ({3}) لكنه غير متاح حينها",
    "session {1}": "الجلسة {1}",
    "a session lasts 1 to {1} minutes": "تدوم الجلسة من 1 إلى {1} دقيقة",
    "the session would end after midnight": "ستنتهي الجلسة بعد منتصف الليل",
    "{1} is already in session {2}": "{1} ضمن الجلسة {2} أصلًا",
    "speaker {1} chairs {2}; change them first": "المتحدث {1} يرأس {2}؛ عدّلها أولًا",
    "moving session {1} would put {2} outside the day": "نقل الجلسة {1} سيضع {2} خارج اليوم",
    "no session {1}": "لا جلسة {1}",
    "session": "جلسة",
    // Printed sessions (issue 13)
    "Chair": "رئيس الجلسة",
    "Sessions": "الجلسات",
    "Sessions: title, track, chair, place, their talks in order":
      "الجلسات: العنوان والمحور والرئيس والمكان ومداخلاتها بالترتيب",
    "Rooms, themes, days, speakers and sessions": "القاعات والمحاور والأيام والمتحدثون والجلسات",
    "Track (theme)": "المسار (المحور)",
    "Talks (in the order they run)": "المداخلات (بترتيب تقديمها)",
    "New session": "جلسة جديدة",
    "Session {1}": "الجلسة {1}",
    "Edited session {1}": "عُدّلت الجلسة {1}",
    "Added session {1}": "أضيفت الجلسة {1}",
    "Delete session {1} “{2}”?": "حذف الجلسة {1} «{2}»؟",
    "Its {1} talks stay where they are.": "تبقى مداخلاتها الـ{1} في أماكنها.",
    "joins session {1}": "تنضم إلى الجلسة {1}",
    "Sessions made": "الجلسات المنشأة",
    "In the sessions list: make a session of each run of talks of one track in a room":
      "في قائمة الجلسات: إنشاء جلسة من كل سلسلة مداخلات لمحور واحد في قاعة",
    "m make from runs": "m إنشاء من السلاسل",
    "No run of two or more talks of one track is left outside a session":
      "لا توجد سلسلة من مداخلتين أو أكثر لمحور واحد خارج الجلسات",
    "Made {1} sessions of runs of one track (Esc then u undoes it)":
      "أنشئت {1} جلسات من سلاسل محور واحد (Esc ثم u للتراجع)",
    "Deleted session {1}": "حُذفت الجلسة {1}",
    // Sessions in the editor (issue 13)
    "Dropping session {1} at {2}, {3}": "وضع الجلسة {1} في {2}، {3}",
    "Track: {1}": "المسار: {1}",
    "Chair: {1}": "رئيس الجلسة: {1}",
    "M moves the session with its talks": "M ينقل الجلسة مع مداخلاتها",
    "Session: {1} ({2})": "الجلسة: {1} ({2})",
    "into session {1}": "إلى الجلسة {1}",
    "out of session {1}": "خارج الجلسة {1}",
    "No session here: put the cursor on a session's talk or block":
      "لا جلسة هنا: ضع المؤشر على مداخلة جلسة أو على كتلتها",
    "Session {1} is pinned: unpin it in the file first":
      "الجلسة {1} مثبّتة: ألغِ تثبيتها في الملف أولًا",
    "Moving session {1} with its {2} talks: arrows to choose where it starts, Enter to drop, Esc to cancel":
      "نقل الجلسة {1} مع مداخلاتها الـ{2}: الأسهم لاختيار بدايتها، Enter للوضع، Esc للإلغاء",
    "leaves session {1}": "تغادر الجلسة {1}",
    "Moved session {1} to {2}": "نُقلت الجلسة {1} إلى {2}",
    "Pick up the session under the cursor, to move it with its talks":
      "التقاط الجلسة تحت المؤشر لنقلها مع مداخلاتها",
    // Track wishes (issue 13)
    "session {1} does not follow the previous session of track {2} in its room":
      "الجلسة {1} لا تلي الجلسة السابقة من المسار {2} في قاعتها",
    "{1} and {2} run at the same time but tracks {3} and {4} should not":
      "{1} و{2} تجريان في الوقت نفسه مع أن المسارين {3} و{4} لا ينبغي أن يتوازيا",
    "{1} is not in the rooms its track {2} prefers ({3})":
      "{1} ليست في القاعات التي يفضلها مسارها {2} ({3})",
    "{1} runs {2}, a time its track {3} avoids": "{1} تجري {2}، في وقت يتجنبه مسارها {3}",
    "{1} runs {2}, a time it avoids": "{1} تجري {2}، في وقت تتجنبه",
    "{1} runs {2}, outside the times its track {3} prefers":
      "{1} تجري {2}، خارج الأوقات التي يفضلها مسارها {3}",
    "give a date, a from time, a to time, a session, or several":
      "أعطِ تاريخًا أو وقت بداية أو وقت نهاية أو جلسة، أو عدة منها",
    "a track cannot be apart from itself": "لا يمكن فصل المسار عن نفسه",
    "a minute two talks of similar tracks (apart:) overlap":
      "دقيقة تتداخل فيها مداخلتان من مسارين متشابهين (apart:)",
    "a talk outside its track's preferred rooms": "مداخلة خارج القاعات المفضلة لمسارها",
    "a talk outside its track's preferred times": "مداخلة خارج الأوقات المفضلة لمسارها",
    "a talk at a time it or its track avoids (avoid:)":
      "مداخلة في وقت تتجنبه هي أو مسارها (avoid:)",
    "a session of a track that does not follow the track's previous one in its room":
      "جلسة من مسار لا تلي الجلسة السابقة للمسار في قاعتها",
    // Remote presenters (issue 13)
    "{1} presents {2} at {3} on their clock ({4})": "{1} يقدّم {2} في {3} بتوقيته ({4})",
    "a remote presenter speaking outside their local daytime (08:00–20:00)":
      "متحدث عن بُعد يتكلم خارج نهاره المحلي (08:00–20:00)",
    // Running late (issue 14)
    "the delay must be a positive number of minutes": "يجب أن يكون التأخير عددًا موجبًا من الدقائق",
    "Would change": "سيتغير",
    "after the break": "بعد الاستراحة",
    "Not moved": "لم تُنقل",
    "pinned: the talks after it in {1} stay too": "مثبّتة: المداخلات التي تليها في {1} تبقى أيضًا",
    "would end after the day closes; left where it was": "ستنتهي بعد إغلاق اليوم؛ تُركت في مكانها",
    "New conflicts": "تعارضات جديدة",
    "{1}: would move {2} talks": "{1}: ستُنقل {2} مداخلات",
    "{1}: moved {2} talks": "{1}: نُقلت {2} مداخلات",
    "Running late: move the talks from here on later, in this room or every room":
      "تأخير: تأجيل المداخلات من هنا فصاعدًا، في هذه القاعة أو في كل القاعات",
    "Late by how many minutes from {1} in {2}? (end with * for every room) ":
      "كم دقيقة من التأخير ابتداءً من {1} في {2}؟ (أنهِ بـ * لكل القاعات) ",
    "“{1}” is not a number of minutes (like 20, or 20* for every room)":
      "\"{1}\" ليس عددًا من الدقائق (مثل 20، أو 20* لكل القاعات)",
    "Nothing to move from {1}": "لا شيء يُنقل ابتداءً من {1}",
    "{1} talks moved {2} minutes later from {3}": "{1} مداخلات أُجّلت {2} دقيقة ابتداءً من {3}",
    "stopped at pinned {1}": "توقف عند {1} المثبّتة",
    "not moved (would end after closing): {1}": "لم تُنقل (ستنتهي بعد الإغلاق): {1}",
    // Releases and changes (issue 14)
    "New: {1}, {2}": "جديدة: {1}، {2}",
    "Removed: {1}": "حُذفت: {1}",
    "Cancelled: {1} ({2})": "أُلغيت: {1} ({2})",
    "Back on the programme: {1}, {2}": "عادت إلى البرنامج: {1}، {2}",
    "Moved: {1}, from {2} to {3}": "نُقلت: {1}، من {2} إلى {3}",
    "New title: {1} (was {2})": "عنوان جديد: {1} (كان {2})",
    "Speakers of {1}: {2} (were {3})": "متحدثو {1}: {2} (كانوا {3})",
    "Programme changes: {1}, from {2} to {3}": "تعديلات البرنامج: {1}، من {2} إلى {3}",
    "Not on the programme": "خارج البرنامج",
    "No changes.": "لا تعديلات.",
    "No versions recorded yet.": "لا نسخ مسجلة بعد.",
    "{1} changes": "{1} تعديلات",
    "{1}: recorded version {2} ({3} talks)": "{1}: سُجّلت النسخة {2} ({3} مداخلات)",
    "now": "الآن",
    "a release named {1} comes earlier": "نسخة باسم {1} واردة قبل ذلك",
    // Changes since a release in the editor (issue 14)
    "Mark the talks changed since the last release (Δ), or stop":
      "تمييز المداخلات المعدّلة منذ آخر نسخة (Δ)، أو إيقاف التمييز",
    "No release recorded yet: record one with multaqa release FILE NAME":
      "لا نسخة مسجلة بعد: سجّل واحدة بـ multaqa release FILE NAME",
    "Changes since {1} no longer marked": "لم تعد التعديلات منذ {1} مميّزة",
    "Δ marks the {1} talks changed since {2}": "Δ يميّز المداخلات الـ{1} المعدّلة منذ {2}",
    "{1} removed": "{1} حُذفت",
    // multaqa publish
    "the server wants a user and password (401); check --user and --password-file":
      "الخادم يطلب اسم مستخدم وكلمة مرور (401)؛ تحقّق من --user و--password-file",
    "the server refused (403); the user may not write there":
      "رفض الخادم (403)؛ لا يحق لهذا المستخدم الكتابة هناك",
    "changed on the server since it was read (412); run publish again to continue":
      "تغيّر على الخادم منذ قراءته (412)؛ أعد تشغيل publish للمتابعة",
    "the server answered {1}": "أجاب الخادم {1}",
    "reading the collection": "قراءة التقويم",
    "creating the calendar": "إنشاء التقويم",
    "listing the calendar's events": "سرد أحداث التقويم",
    "writing {1}": "كتابة {1}",
    "deleting {1}": "حذف {1}",
    "cannot reach the server ({1})": "تعذّر الوصول إلى الخادم ({1})",
    "--caldav {1} is not an http or https URL": "--caldav {1} ليس عنوان http أو https",
    "--caldav: put the password in --password-file, not in the URL":
      "--caldav: ضع كلمة المرور في --password-file لا في العنوان",
    "--password-file goes with --user": "--password-file يُستعمل مع --user",
    "{1}: the calendar would be created": "{1}: سيُنشأ التقويم",
    "{1}: creating the calendar": "{1}: إنشاء التقويم",
    "{1}: would publish: {2} created, {3} updated, {4} cancelled, {5} deleted, {6} unchanged":
      "{1}: سيُنشر: {2} جديدة، {3} محدّثة، {4} ملغاة، {5} محذوفة، {6} دون تغيير",
    "{1}: published: {2} created, {3} updated, {4} cancelled, {5} deleted, {6} unchanged":
      "{1}: نُشر: {2} جديدة، {3} محدّثة، {4} ملغاة، {5} محذوفة، {6} دون تغيير",
  ]
}
