package ducha.cases.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Refreshable;
import ducha.cases.CaseQuery;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestionService;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 四类案件提示: the pending suggestions (case, kind, why: a keyword of the 案由, the party count or a person's flag),
 * 扫描 running the keyword and party-count scans in a job, 确认 and 驳回 with a reason, and the rules the scans use
 * (keywords per kind, the party threshold). Whatever the services refuse (no permission, a blank dismissal reason,
 * a bad keyword) is shown in the status line; nothing is stored then.
 */
public class SuggestionsPart implements Refreshable {

	/** The pending list is the office's work queue, not the register: a first screen of it is enough. */
	private static final int SHOWN = 500;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final MarkKind[] KINDS = MarkKind.values();

	/** A suggestion with its department's name, read in the job that loads the list. */
	record Row(MarkSuggestion suggestion, String department) {
	}

	/** What the scans use, read together. */
	private record Rules(Map<MarkKind, List<String>> keywords, int partyThreshold) {
	}

	@Inject
	private Principal principal;

	@Inject
	private MarkSuggestionService suggestions;

	@Inject
	private Background background;

	@Inject
	private PeopleNames people;
	private Label status;
	private ListTable<Row> table;
	private Text reason;
	private Combo kind;
	private Text keywords;
	private Text threshold;
	private volatile Map<MarkKind, List<String>> keywordLists = Map.of();

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 3);
		status = Forms.status(bar, "suggest.status", 1);
		Forms.button(bar, "suggest.scan", Messages.Suggest_scan).addListener(SWT.Selection, e -> scan());
		Forms.button(bar, "suggest.reload", Messages.Cases_reload).addListener(SWT.Selection, e -> load(null));

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new ListTable<>(sash, "suggest.table", false, Row.class,
				new Column<Row>(Messages.Cases_colNo, 190, r -> r.suggestion().record().number().text()),
				new Column<Row>(Messages.Suggest_colKind, 140, r -> r.suggestion().kind().label()),
				new Column<Row>(Messages.Suggest_colBasis, 75, r -> r.suggestion().basis().label()),
				new Column<Row>(Messages.Suggest_colDetail, 250, r -> r.suggestion().detail()),
				new Column<Row>(Messages.Suggest_colParties, 65, r -> parties(r.suggestion())),
				new Column<Row>(Messages.Cases_colCause, 120, r -> r.suggestion().record().cause()),
				new Column<Row>(Messages.Cases_colDepartment, 100, Row::department),
				new Column<Row>(Messages.Suggest_colBy, 150, r -> suggestedBy(r.suggestion()) + " "
						+ WHEN.format(r.suggestion().suggestedAt())));

		Composite side = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(side);
		decisionForm(side);
		rulesForm(side);
		sash.setWeights(72, 28);
		load(null);
		loadRules();
	}

	private void decisionForm(Composite side) {
		Group group = Forms.group(side, Messages.Suggest_decision, 2);
		reason = Forms.area(group, Messages.Suggest_reason, "suggest.reason", 3);
		reason.setMessage(Messages.Suggest_reasonHint);
		new Label(group, SWT.NONE);
		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		Forms.button(buttons, "suggest.confirm", Messages.Suggest_confirm).addListener(SWT.Selection,
				e -> decide(true));
		Forms.button(buttons, "suggest.dismiss", Messages.Suggest_dismiss).addListener(SWT.Selection,
				e -> decide(false));
	}

	private void rulesForm(Composite side) {
		Group group = new Group(side, SWT.NONE);
		group.setText(Messages.Suggest_rules);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		kind = Forms.choice(group, Messages.Suggest_kind, "suggest.kind", Arrays.stream(KINDS).map(MarkKind::label).toArray(String[]::new));
		kind.addListener(SWT.Selection, e -> showKeywords());
		Label words = Forms.label(group, Messages.Suggest_keywords);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(words);
		keywords = Forms.named(new Text(group, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL), "suggest.keywords");
		GridDataFactory.fillDefaults().grab(true, true).hint(200, keywords.getLineHeight() * 6).applyTo(keywords);
		keywords.setMessage(Messages.Suggest_keywordsHint);
		new Label(group, SWT.NONE);
		Forms.button(group, "suggest.saveKeywords", Messages.Suggest_saveKeywords).addListener(SWT.Selection,
				e -> saveKeywords());
		threshold = Forms.text(group, Messages.Suggest_threshold, "suggest.threshold");
		new Label(group, SWT.NONE);
		Forms.button(group, "suggest.saveThreshold", Messages.Suggest_saveThreshold).addListener(SWT.Selection,
				e -> saveThreshold());
	}

	/** 规则扫描 for the scans, the person's name for a person: never a log-in name such as rules. */
	private String suggestedBy(MarkSuggestion s) {
		return MarkSuggestion.BY_RULES.equals(s.suggestedBy()) ? Messages.Suggest_byRules
				: people.account(s.suggestedBy());
	}

	private static String parties(MarkSuggestion s) {
		Integer count = s.record().partyCount();
		return count == null ? "" : count.toString();
	}

	private void load(String message) {
		load(message, false);
	}

	/** Loads the pending suggestions; the message goes before their count, shown as a refusal when it is one. */
	private void load(String message, boolean refusal) {
		background.run(Messages.Suggest_loadJob, () -> {
			List<MarkSuggestion> pending = suggestions.pending(CaseQuery.ALL, 0, SHOWN, principal);
			people.warmAccounts(pending.stream().map(MarkSuggestion::suggestedBy).distinct().toList());
			return pending.stream().map(s -> new Row(s, people.department(s.record().departmentCode()))).toList();
		}, rows -> {
					if (status.isDisposed()) {
						return;
					}
					Row selected = table.selected();
					long keep = selected == null ? 0 : selected.suggestion().id();
					table.show(rows, keep == 0 ? null : r -> r.suggestion().id() == keep);
					String summary = rows.size() < SHOWN ? NLS.bind(Messages.Suggest_summary, rows.size())
							: NLS.bind(Messages.Suggest_summaryMore, SHOWN);
					Forms.report(status, message == null ? summary : message + "；" + summary, refusal);
				}, this::fail);
	}

	private void loadRules() {
		background.run(Messages.Suggest_loadJob,
				() -> new Rules(suggestions.keywords(), suggestions.partyThreshold()), rules -> {
					if (threshold.isDisposed()) {
						return;
					}
					keywordLists = rules.keywords();
					showKeywords();
					threshold.setText(Integer.toString(rules.partyThreshold()));
				}, this::fail);
	}

	private void showKeywords() {
		List<String> words = keywordLists.getOrDefault(KINDS[kind.getSelectionIndex()], List.of());
		keywords.setText(String.join("\n", words));
	}

	private void scan() {
		background.run(Messages.Suggest_scanJob, () -> suggestions.scan(principal),
				raised -> load(NLS.bind(Messages.Suggest_scanned, raised)), this::fail);
	}

	private void decide(boolean confirm) {
		Row row = table.selected();
		if (row == null) {
			fail(Messages.Suggest_none);
			return;
		}
		MarkSuggestion s = row.suggestion();
		String text = reason.getText();
		String caseNo = s.record().number().text();
		String kindLabel = s.kind().label();
		if (confirm) {
			background.run(Messages.Suggest_confirm, () -> suggestions.confirm(s.id(), s.version(), text, principal),
					marked -> {
						reason.setText("");
						load(NLS.bind(Messages.Suggest_confirmed, caseNo, kindLabel));
					}, this::refused);
		} else {
			background.run(Messages.Suggest_dismiss,
					() -> suggestions.dismiss(s.id(), s.version(), text, principal), dismissed -> {
						reason.setText("");
						load(NLS.bind(Messages.Suggest_dismissed, caseNo, kindLabel));
					}, this::refused);
		}
	}

	private void saveKeywords() {
		MarkKind chosen = KINDS[kind.getSelectionIndex()];
		List<String> words = Arrays.asList(keywords.getText().split("\\R"));
		background.run(Messages.Suggest_saveKeywords, () -> suggestions.saveKeywords(chosen, words, principal),
				saved -> {
					Forms.report(status, NLS.bind(Messages.Suggest_keywordsSaved, chosen.label(), saved.size()),
							false);
					loadRules();
				}, this::fail);
	}

	private void saveThreshold() {
		int value;
		try {
			value = Integer.parseInt(threshold.getText().strip());
		} catch (NumberFormatException e) {
			fail(NLS.bind(Messages.Suggest_thresholdNumber, threshold.getText().strip()));
			return;
		}
		background.run(Messages.Suggest_saveThreshold, () -> suggestions.savePartyThreshold(value, principal),
				saved -> Forms.report(status,
						NLS.bind(Messages.Suggest_thresholdSaved, saved, MarkSuggestionService.PARTY_KIND.label()),
						false),
				this::fail);
	}

	/** A refused decision: the list shows the suggestions as stored now (another desktop may have decided it). */
	private void refused(String reason) {
		load(NLS.bind(Messages.Cases_refused, reason), true);
	}

	private void fail(String reason) {
		Forms.report(status, NLS.bind(Messages.Cases_refused, reason), true);
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}

	/** F5: what 刷新 does. */
	@Override
	public void refresh() {
		load(null);
	}
}
