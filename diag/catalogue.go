package diag

// The codes of the warnings. A code never changes meaning once released;
// a new repair or guess gets a new code.
const (
	// A project's own cells.

	NoProjectCode      = "NO-PROJECT-CODE"
	NameFromTitle      = "NAME-FROM-TITLE"
	NameFromCover      = "NAME-FROM-COVER"
	CoverOnly          = "COVER-ONLY"
	NoProjectName      = "NO-PROJECT-NAME"
	UnitLineInherited  = "UNIT-LINE-INHERITED"
	NoDepartmentCode   = "NO-DEPARTMENT-CODE"
	MoneyUnitAssumed   = "MONEY-UNIT-ASSUMED"
	MoneyUnitUnknown   = "MONEY-UNIT-UNKNOWN"
	MoneyUnitChanged   = "MONEY-UNIT-CHANGED"
	MoneyUnitFromLabel = "MONEY-UNIT-FROM-LABEL"

	// Amounts.

	AmountNotNumber     = "AMOUNT-NOT-NUMBER"
	AmountWithUnit      = "AMOUNT-WITH-UNIT"
	AmountWordsDropped  = "AMOUNT-WORDS-DROPPED"
	AmountOtherUnit     = "AMOUNT-OTHER-UNIT"
	AmountConverted     = "AMOUNT-CONVERTED"
	AmountDigitsJoined  = "AMOUNT-DIGITS-JOINED"
	AmountInWords       = "AMOUNT-IN-WORDS"
	AmountCharacterLost = "AMOUNT-CHARACTER-LOST"

	// The spending plan.

	PlanCountMismatch = "PLAN-COUNT-MISMATCH"
	PlanEndAmounts    = "PLAN-END-AMOUNTS"
	PlanEndPercent    = "PLAN-END-PERCENT"
	PlanLabelPercent  = "PLAN-LABEL-PERCENT"
	PlanLabelAmount   = "PLAN-LABEL-AMOUNT"

	// The indicator grid.

	ColumnHoldsComparators = "COLUMN-HOLDS-COMPARATORS"
	ColumnHoldsUnits       = "COLUMN-HOLDS-UNITS"
	ColumnHoldsLevel2      = "COLUMN-HOLDS-LEVEL2"
	ColumnNoHeader         = "COLUMN-NO-HEADER"
	ColumnsByTemplateOrder = "COLUMNS-BY-TEMPLATE-ORDER"
	HeaderGuessed          = "HEADER-GUESSED"
	HeaderUnknown          = "HEADER-UNKNOWN"
	AreaRowsUnread         = "AREA-ROWS-UNREAD"
	TextSpansColumns       = "TEXT-SPANS-COLUMNS"
	RowWidthByPosition     = "ROW-WIDTH-BY-POSITION"
	RowWidthByContent      = "ROW-WIDTH-BY-CONTENT"
	NoLevel1               = "NO-LEVEL1"
	NoLevel2               = "NO-LEVEL2"
	NoTarget               = "NO-TARGET"
	NoTargetColumn         = "NO-TARGET-COLUMN"
	ScoringGrid            = "SCORING-GRID"
	CaptionAsTarget        = "CAPTION-AS-TARGET"
	TargetInName           = "TARGET-IN-NAME"
	TargetSpansRows        = "TARGET-SPANS-ROWS"
	TargetSignInName       = "TARGET-SIGN-IN-NAME"
	NameTargetUnsplit      = "NAME-TARGET-UNSPLIT"
	LevelPrefixedNames     = "LEVEL-PREFIXED-NAMES"
	NoIndicatorName        = "NO-INDICATOR-NAME"
	LongTermGrid           = "LONG-TERM-GRID"
	LevelAsName            = "LEVEL-AS-NAME"
	LevelNameUndecided     = "LEVEL-NAME-UNDECIDED"
	AreaTargetsDiffer      = "AREA-TARGETS-DIFFER"
	ValueJoined            = "VALUE-JOINED"
	UnitCellNotJoined      = "UNIT-CELL-NOT-JOINED"
	SubtotalRow            = "SUBTOTAL-ROW"
	TotalFromParts         = "TOTAL-FROM-PARTS"
	TotalsDiffer           = "TOTALS-DIFFER"

	// Limits and OCR.

	TextCut          = "TEXT-CUT"
	OCRLowConfidence = "OCR-LOW-CONFIDENCE"
	OCRCorrected     = "OCR-CORRECTED"

	// A value's repairs and guesses (model.Value.Diagnostics).

	SpacesRemoved          = "SPACES-REMOVED"
	BareScaleMoney         = "BARE-SCALE-MONEY"
	AboutReadAsEqual       = "ABOUT-READ-AS-EQUAL"
	DoubledTextDropped     = "DOUBLED-TEXT-DROPPED"
	WordsAfterValue        = "WORDS-AFTER-VALUE"
	NameBeforeValue        = "NAME-BEFORE-VALUE"
	RangeInverted          = "RANGE-INVERTED"
	UnitFromName           = "UNIT-FROM-NAME"
	ComparatorUnitFromName = "COMPARATOR-UNIT-FROM-NAME"
	PeriodEndDeadline      = "PERIOD-END-DEADLINE"
	ExcelDateSerial        = "EXCEL-DATE-SERIAL"
	DeadlineNoYear         = "DEADLINE-NO-YEAR"
)

// catalogue is every warning, in the order the docs list them. Chinese
// uses the filings' own terms (项目编码, 资金支出计划, 指标值 …); English
// keeps a Chinese term where a reviewer would search the filing for it.
var catalogue = []Entry{
	{Code: NoProjectCode, Args: []string{"project"},
		ZH: "项目{project}：未填项目编码",
		EN: "project {project}: no 项目编码"},
	{Code: NameFromTitle, Args: []string{"project"},
		ZH: "项目{project}：没有“项目名称”栏，名称取自标题",
		EN: "project {project}: no 项目名称 cell; name taken from the title"},
	{Code: NameFromCover, Args: []string{"project"},
		ZH: "项目{project}：表中没有“项目名称”栏，名称取自报告封面的“项目名称”行",
		EN: "project {project}: no 项目名称 cell; name taken from the report cover's 项目名称 line"},
	{Code: CoverOnly, Args: []string{"project", "label"},
		ZH: "项目{project}：未找到绩效目标表，只从报告封面的“{label}”等行读出名称和编码，没有指标",
		EN: "project {project}: no performance-target table; only the name and code on the report cover's {label:q} and like lines were read, no indicators"},
	{Code: NoProjectName, Args: []string{"project"},
		ZH: "项目{project}：没有“项目名称”栏，也没有标题，名称留空",
		EN: "project {project}: no 项目名称 cell and no title; name left blank"},
	{Code: UnitLineInherited, Args: []string{"project"},
		ZH: "项目{project}：没有单位行，预算单位和金额单位沿用上一个项目的",
		EN: "project {project}: no unit line; department and money unit taken from the project before"},
	{Code: NoDepartmentCode, Args: []string{"line"},
		ZH: "单位行“{line}”没有单位编码",
		EN: "unit line {line:q} has no department code"},
	{Code: MoneyUnitAssumed, Args: []string{"project"},
		ZH: "项目{project}：未写金额单位，按万元读取",
		EN: "project {project}: no money unit (单位); 万元 assumed"},
	{Code: MoneyUnitUnknown, Args: []string{"project", "amount"},
		ZH: "项目{project}：未写金额单位，金额{amount}按万元读取超过百亿元，不作推定，金额单位留空",
		EN: "project {project}: no money unit (单位); {amount} in 万元 would be over ten billion yuan, so none is assumed and the money unit is left blank"},
	{Code: MoneyUnitChanged, Args: []string{"project", "unit", "kept"},
		ZH: "项目{project}：此处金额单位为{unit}，前面为{kept}；沿用{kept}",
		EN: "project {project}: money unit {unit} here, {kept} before; {kept} kept"},

	{Code: MoneyUnitFromLabel, Args: []string{"project", "unit", "line"},
		ZH: "项目{project}：金额栏目标明{unit}，表上单位行写{line}；按栏目的{unit}读取",
		EN: "project {project}: the amounts' label names {unit}, the unit line over the table {line}; {unit} read"},
	{Code: AmountNotNumber, Args: []string{"amount"},
		ZH: "金额“{amount}”不是数字，留空",
		EN: "amount {amount:q} is not a number; left blank"},
	{Code: AmountWithUnit, Args: []string{"amount"},
		ZH: "金额“{amount}”带有单位，单位已去掉",
		EN: "amount {amount:q} written with its unit; unit dropped"},
	{Code: AmountWordsDropped, Args: []string{"amount", "number", "unit"},
		ZH: "金额“{amount}”读作{number}（{unit}），其后的文字未计入",
		EN: "amount {amount:q} read as {number} ({unit}); the words after it left out"},
	{Code: AmountOtherUnit, Args: []string{"amount", "unit", "money_unit"},
		ZH: "金额“{amount}”以{unit}计，表格的金额单位为{money_unit}；未换算",
		EN: "amount {amount:q} is in {unit}, the table's money unit is {money_unit}; not converted"},
	{Code: AmountConverted, Args: []string{"amount", "unit", "money_unit", "number"},
		ZH: "金额“{amount}”以{unit}计，按表格的金额单位{money_unit}换算为{number}",
		EN: "amount {amount:q} is in {unit}; restated in the table's money unit {money_unit} as {number}"},
	{Code: AmountDigitsJoined, Args: []string{"amount", "number"},
		ZH: "金额“{amount}”的小数被空格隔开，连起来读作{number}",
		EN: "amount {amount:q} has its decimals cut by a space; read joined as {number}"},
	{Code: AmountCharacterLost, Args: []string{"amount", "number"},
		ZH: "金额“{amount}”的数字后有一个丢失的字符，读作{number}",
		EN: "amount {amount:q} ends in a character the capture lost; read as {number}"},
	{Code: AmountInWords, Args: []string{"amount", "number", "unit"},
		ZH: "金额“{amount}”写在一句话里，读作{number}（{unit}），其前的文字未计入",
		EN: "amount {amount:q} stated in words; read as {number} ({unit}), the words before it left out"},

	{Code: PlanCountMismatch, Args: []string{"periods", "values"},
		ZH: "资金支出计划有{periods}个时段，却有{values}个数值",
		EN: "spending plan has {periods} periods but {values} values"},
	{Code: PlanEndAmounts, Args: []string{"project", "last", "budget", "unit"},
		ZH: "项目{project}：资金支出计划最后一期为{last}，既非100%也非预算数{budget}；按以{unit}计的金额读取",
		EN: "project {project}: spending plan values end at {last}, neither 100% nor the budget {budget}; read as amounts in {unit}"},
	{Code: PlanEndPercent, Args: []string{"project", "last"},
		ZH: "项目{project}：资金支出计划最后一期为{last}，既非100%也非预算数；按栏目所标的百分比读取",
		EN: "project {project}: spending plan values end at {last}, neither 100% nor the budget; read as % as the label says"},
	{Code: PlanLabelPercent, Args: []string{"project", "label", "unit"},
		ZH: "项目{project}：资金支出计划栏目“{label}”标明为百分比，所填却是以{unit}计的累计金额",
		EN: "project {project}: spending plan label {label:q} says % but the values are cumulative amounts in {unit}"},
	{Code: PlanLabelAmount, Args: []string{"project", "label"},
		ZH: "项目{project}：资金支出计划栏目“{label}”未标明百分比，所填却是百分比",
		EN: "project {project}: spending plan label {label:q} names no % but the values are percentages"},

	{Code: ColumnHoldsComparators, Args: []string{"header"},
		ZH: "栏目“{header}”所填是比较符号，按比较符读取",
		EN: "grid column {header:q} holds comparator signs; read as the comparator"},
	{Code: ColumnHoldsUnits, Args: []string{"header"},
		ZH: "栏目“{header}”所填是计量单位，按单位读取",
		EN: "grid column {header:q} holds units; read as the unit"},
	{Code: ColumnHoldsLevel2, Args: []string{"header"},
		ZH: "栏目“{header}”所填是二级指标，按二级指标读取",
		EN: "grid column {header:q} holds level-2 labels; read as the level 2"},
	{Code: ColumnNoHeader, Args: []string{"column", "content:term", "read_as:term"},
		ZH: "第{column}栏没有栏目名称，所填是{content}，按{read_as}读取",
		EN: "grid column {column} has no header; its cells are {content}, read as {read_as}"},
	{Code: ColumnsByTemplateOrder, Args: []string{"value", "actual"},
		ZH: "第{value}栏和第{actual}栏没有栏目名称，所填都是指标值，无从区分；按自评表的栏目顺序读作指标值和实际完成值",
		EN: "grid columns {value} and {actual} have no header and both hold targets that nothing tells apart; read as the target and the result, the self-evaluation template's order"},
	{Code: HeaderGuessed, Args: []string{"header", "content:term", "read_as:term"},
		ZH: "栏目“{header}”不是已知的栏目名称，所填是{content}，按{read_as}读取",
		EN: "grid header {header:q} is no header perfdoc knows; its cells are {content}, read as {read_as}"},
	{Code: HeaderUnknown, Args: []string{"header"},
		ZH: "栏目“{header}”不对应任何已知栏目，其内容列为未识别",
		EN: "grid header {header:q} names no column perfdoc knows; its cells are unrecognized"},
	{Code: AreaRowsUnread, Args: []string{"header"},
		ZH: "栏目“{header}”按行分地区填报，各地区的指标列在其下；地区未读取：这些指标按行读取，未标明所属地区，同一指标可能每个地区出现一次；该栏内容列为未识别",
		EN: "grid header {header:q} names the areas by rows, each area's indicators under it; the areas are not read: the indicators are read row by row without their area, one indicator perhaps once per area, and the column's cells are unrecognized"},
	{Code: TextSpansColumns,
		ZH: "一段文字跨越指标名称和指标值两栏，未作为指标读取",
		EN: "a text spans the name and value columns; not read as an indicator"},
	{Code: RowWidthByPosition, Args: []string{"cells", "width"},
		ZH: "指标行有{cells}格，表头有{width}栏；按位置对应栏目",
		EN: "indicator row has {cells} cells, the grid header {width}; columns matched by position"},
	{Code: RowWidthByContent, Args: []string{"cells", "width"},
		ZH: "指标行有{cells}格，表头有{width}栏；按单元格所填内容对应栏目（有单元格跨栏）",
		EN: "indicator row has {cells} cells, the grid header {width}; columns matched by what the cells hold (a cell spans columns)"},
	{Code: NoLevel1, Args: []string{"indicator"},
		ZH: "指标“{indicator}”没有一级指标，上方也没有可沿用的",
		EN: "indicator {indicator:q} has no level 1 and none above it"},
	{Code: NoLevel2, Args: []string{"indicator"},
		ZH: "指标“{indicator}”没有二级指标，上方也没有可沿用的",
		EN: "indicator {indicator:q} has no level 2 and none above it"},
	{Code: NoTarget, Args: []string{"indicator"},
		ZH: "指标“{indicator}”在指标值栏没有指标值，其内容列为未识别",
		EN: "indicator {indicator:q} has no target in the grid's value column; its cells are unrecognized"},
	{Code: NoTargetColumn, Args: []string{"label"},
		ZH: "表格有“{label}”栏而没有指标值栏，各行也没有数值、符号或带单位的值（检查项目及其答复），不读取指标，其内容列为未识别",
		EN: "the grid has a {label:q} column but no target column, and no number, sign or typed value in its rows (checks and their answers): no indicator is read and its cells are unrecognized"},
	{Code: ScoringGrid, Args: []string{"label"},
		ZH: "表格没有指标值栏，可作指标值的“{label}”栏所填是分值或评分标准（评分表：各行是评价项目及其分值、得分，不是绩效目标），不读取指标，其内容列为未识别",
		EN: "the grid has no target column: the {label:q} column that would be read as one holds points or scoring rules (a scoring sheet: evaluation criteria with their points and scores, no performance targets); no indicator is read and its cells are unrecognized"},
	{Code: CaptionAsTarget, Args: []string{"text", "indicator"},
		ZH: "指标“{indicator}”的指标值栏所填“{text}”是栏目说明（以单位或“文字描述”括注结尾，或是问句），不是指标值；该行不作为指标，其内容列为未识别",
		EN: "the value cell {text:q} of indicator {indicator:q} is a caption (a label ending in a bracketed unit or 文字描述, or a question), no target; the row is no indicator and its cells are unrecognized"},
	{Code: TargetInName, Args: []string{"target", "indicator"},
		ZH: "指标值栏为空，指标值“{target}”取自指标名称“{indicator}”括号内",
		EN: "the value column is empty; target {target:q} taken from the brackets of the indicator name {indicator:q}"},
	{Code: TargetSpansRows, Args: []string{"target", "indicator"},
		ZH: "指标“{indicator}”的指标值单元格与上一指标合并，取合并单元格的指标值“{target}”",
		EN: "the value cell of indicator {indicator:q} is merged with the one above; target {target:q} taken from the merged cell"},
	{Code: TargetSignInName, Args: []string{"target", "indicator", "value"},
		ZH: "指标值栏只填数字“{value}”，指标名称“{indicator}”末尾写有指标值，按名称中的“{target}”读取",
		EN: "the value column holds the number {value:q} alone and the indicator name {indicator:q} ends with its target; read as {target:q}"},
	{Code: NameTargetUnsplit, Args: []string{"text"},
		ZH: "指标名称及指标值栏所填“{text}”无法分为指标名称和指标值；该行不作为指标，其内容列为未识别",
		EN: "the name-and-target cell {text:q} splits into no name and target; the row is no indicator and its cells are unrecognized"},
	{Code: LevelPrefixedNames, Args: []string{"caption", "text"},
		ZH: "“{caption}”栏下的各行名称前带有指标层级（如“{text}”），表中没有层级栏和名称栏；这些行未作为指标读取，其内容列为未识别",
		EN: "the rows under {caption:q} carry their level before the name (such as {text:q}), and the grid has no level or name column; the rows are not read as indicators and their cells are unrecognized"},
	{Code: NoIndicatorName, Args: []string{"value"},
		ZH: "指标名称栏为空，该行（指标值“{value}”）不作为指标，其内容列为未识别",
		EN: "the name column is empty; the row (target {value:q}) is no indicator and its cells are unrecognized"},
	{Code: LongTermGrid, Args: []string{"label"},
		ZH: "“{label}”下的指标表是中长期指标，不作为年度指标读取，其内容列为未识别",
		EN: "the grid under {label:q} holds the long-term indicators: not read as the year's, its cells are unrecognized"},
	{Code: LevelAsName, Args: []string{"label"},
		ZH: "指标名称栏所填“{label}”是一级或二级指标名称，而该行二级指标栏为空，各栏可能错位；该行不作为指标，其内容列为未识别",
		EN: "the name column holds the level label {label:q} while the row's level-2 cell is empty (its cells may be a column off); the row is no indicator and its cells are unrecognized"},
	{Code: LevelNameUndecided, Args: []string{"label", "text"},
		ZH: "表格没有指标名称栏，该行以“{label}”为名，但它与指标值之间另有未识别的文字“{text}”，指标名称无法确定；该行不作为指标，其内容列为未识别",
		EN: "the grid has no name column and the row is named by {label:q}, but the unread text {text:q} stands between it and the target: the name is undecided; the row is no indicator and its cells are unrecognized"},
	{Code: AreaTargetsDiffer, Args: []string{"value"},
		ZH: "各受益地区的指标值不同，取第一个地区的指标值（{value}）",
		EN: "the recipient areas' targets differ; the first area's ({value}) taken as the target"},
	{Code: ValueJoined, Args: []string{"cells", "parts", "joined"},
		ZH: "指标值分在{cells}格（{parts}），合并为“{joined}”",
		EN: "value split across {cells} cells ({parts}) joined as {joined:q}"},
	{Code: UnitCellNotJoined, Args: []string{"unit", "value"},
		ZH: "计量单位栏所填“{unit}”未接在指标值“{value}”之后：该值已带单位或是文字；单位栏保留在指标值的组成部分中",
		EN: "unit cell {unit:q} not joined to the target {value:q}, which carries its own unit or is words; the cell is kept among the value's parts"},
	{Code: TotalFromParts, Args: []string{"project", "total"},
		ZH: "项目{project}：资金总额未填，按财政拨款与其他资金之和读取为{total}",
		EN: "project {project}: no total amount; read as {total}, the fiscal and other amounts added"},
	{Code: TotalsDiffer, Args: []string{"project", "first", "second"},
		ZH: "项目{project}：两处资金总额不一致（{first}与{second}），无从判断，总额留空，两者作为明细保留",
		EN: "project {project}: two totals disagree ({first} and {second}) and nothing tells which is the budget; the total is left blank, both kept as items"},
	{Code: SubtotalRow, Args: []string{"name"},
		ZH: "“{name}”一行只有金额，下方没有指标和目标，按小计行处理，不作为项目",
		EN: "the row of {name:q} holds an amount with no indicator or goal under it; read as a subtotal, not a project"},

	{Code: TextCut, Args: []string{"bytes", "limit"},
		ZH: "{bytes}字节的文字截断至上限{limit}字节",
		EN: "text of {bytes} bytes cut to the limit of {limit} bytes"},
	{Code: OCRLowConfidence, Args: []string{"confidence", "threshold", "text"},
		ZH: "文字识别置信度{confidence}低于{threshold}：“{text}”",
		EN: "OCR confidence {confidence} below {threshold}: {text:q}"},
	{Code: OCRCorrected, Args: []string{"read", "corrected"},
		ZH: "文字识别读出“{read}”，按词表更正为“{corrected}”",
		EN: "OCR read {read:q}, corrected to {corrected:q} by the vocabulary"},

	{Code: SpacesRemoved, Value: true,
		ZH: "删除了数值中的空格",
		EN: "white space inside the value removed"},
	{Code: BareScaleMoney, Value: true, Args: []string{"scale"},
		ZH: "金额指标中单独的“{scale}”按“{scale}元”读取",
		EN: "bare {scale} read as {scale}元 (money indicator)"},
	{Code: AboutReadAsEqual, Value: true,
		ZH: "“左右”按“=”读取",
		EN: "左右 (about) read as ="},
	{Code: DoubledTextDropped, Value: true, Args: []string{"text"},
		ZH: "删去了重复的“{text}”",
		EN: "doubled text {text:q} dropped"},
	{Code: WordsAfterValue, Value: true, Args: []string{"words"},
		ZH: "数值后的“{words}”未计入",
		EN: "words after the value ({words}) left out"},
	{Code: NameBeforeValue, Value: true, Args: []string{"name"},
		ZH: "数值前的名称“{name}”未计入",
		EN: "the name {name:q} before the value left out"},
	{Code: RangeInverted, Value: true,
		ZH: "区间下限大于上限",
		EN: "range minimum is above its maximum"},
	{Code: UnitFromName, Value: true, Args: []string{"unit", "name"},
		ZH: "单位{unit}取自指标名称“{name}”",
		EN: "unit {unit} taken from the indicator name {name:q}"},
	{Code: ComparatorUnitFromName, Value: true, Args: []string{"op:op", "unit", "name"},
		ZH: "比较符{op}和单位{unit}取自指标名称“{name}”",
		EN: "comparator {op} and unit {unit} taken from the indicator name {name:q}"},
	{Code: PeriodEndDeadline, Value: true, Args: []string{"period"},
		ZH: "时段“{period}”以其截止日为完成时限",
		EN: "period {period:q}: its end taken as the deadline"},
	{Code: ExcelDateSerial, Value: true, Args: []string{"text", "date"},
		ZH: "“{text}”按电子表格的日期序号读作{date}",
		EN: "{text} read as an Excel date serial: {date}"},
	{Code: DeadlineNoYear, Value: true,
		ZH: "完成时限未写年份，文件年度也不明",
		EN: "deadline names no year and the document year is unknown"},
}

// terms are the words an argument declared ":term" stands for: what a
// grid column's cells hold, and the column they are read as.
var terms = map[string]Words{
	// what a column's cells hold
	"mixed":         {ZH: "混杂内容", EN: "mixed"},
	"empty":         {ZH: "空白", EN: "empty"},
	"block_label":   {ZH: "区块标签", EN: "a block label"},
	"comparators":   {ZH: "比较符号", EN: "comparator signs"},
	"directions":    {ZH: "指标方向词", EN: "direction words"},
	"nature_words":  {ZH: "定性定量词", EN: "nature words"},
	"units":         {ZH: "计量单位", EN: "units"},
	"level1_labels": {ZH: "一级指标名称", EN: "level-1 labels"},
	"level2_labels": {ZH: "二级指标名称", EN: "level-2 labels"},
	"weights":       {ZH: "权重", EN: "weights"},
	"numbers":       {ZH: "数字", EN: "numbers"},
	"targets":       {ZH: "指标值", EN: "targets"},
	"names":         {ZH: "名称", EN: "names"},
	"row_numbers":   {ZH: "序号", EN: "row numbers"},
	// the columns of the indicator grid
	"level1":      {ZH: "一级指标", EN: "level1"},
	"level2":      {ZH: "二级指标", EN: "level2"},
	"name":        {ZH: "指标名称", EN: "name"},
	"description": {ZH: "指标说明", EN: "description"},
	"value":       {ZH: "指标值", EN: "value"},
	"basis":       {ZH: "指标值设定依据", EN: "basis"},
	"nature":      {ZH: "指标性质", EN: "nature"},
	"direction":   {ZH: "指标方向", EN: "direction"},
	"unit":        {ZH: "度量单位", EN: "unit"},
	"weight":      {ZH: "分值", EN: "weight"},
	"actual":      {ZH: "实际完成值", EN: "actual"},
	"score":       {ZH: "得分", EN: "score"},
	"reason":      {ZH: "偏差原因", EN: "reason"},
	"notes":       {ZH: "备注", EN: "notes"},
	"half_year":   {ZH: "半年指标值", EN: "half year"},
	"long_term":   {ZH: "中长期指标值", EN: "long term"},
	"last_year":   {ZH: "上年指标值", EN: "last year"},
	"nothing":     {ZH: "无", EN: "nothing"},
}
