package ducha.cases.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.cases.WatchBasis;
import ducha.cases.WatchListService;
import ducha.cases.WatchRule;
import ducha.core.security.Principal;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 长期未结案规则: the rule table of the long-pending list with a form to add, change and delete a rule. What the
 * form or the service refuses is shown in the status line; nothing is stored then.
 */
public class RulesPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private WatchListService watchList;

	@Inject
	private Background background;

	private Label status;
	private ListTable<WatchRule> table;
	private long editing;
	/** The version of the rule in the form as it was read: a save or delete names it. */
	private long editingVersion;
	private Text caseType;
	private Text procedure;
	private Combo basis;
	private Text days;
	private Text percent;
	private Text label;
	private Button delete;

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 2);
		status = Forms.status(bar, "rules.status", 1);
		Forms.button(bar, "rules.reload", Messages.Cases_reload).addListener(SWT.Selection, e -> load(null));

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new ListTable<>(sash, "rules.table", false, WatchRule.class,
				new Column<WatchRule>(Messages.Rule_caseType, 120, r -> any(r.caseType())),
				new Column<WatchRule>(Messages.Cases_colProcedure, 75, r -> any(r.procedure())),
				new Column<WatchRule>(Messages.Rule_basis, 80, r -> r.basis().label()),
				new Column<WatchRule>(Messages.Rule_days, 80, r -> Integer.toString(r.thresholdDays())),
				new Column<WatchRule>(Messages.Rule_percent, 115,
						r -> r.limitSharePercent() == null ? "" : r.limitSharePercent() + "%"),
				new Column<WatchRule>(Messages.Rule_flagAfter, 95, r -> Integer.toString(r.flagAfterDays())),
				new Column<WatchRule>(Messages.Rule_label, 200, WatchRule::label));
		table.onSelect(this::edit);

		Composite form = new Composite(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		caseType = Forms.text(form, Messages.Rule_caseType, "rule.caseType");
		caseType.setMessage(Messages.Rule_anyHint);
		procedure = Forms.text(form, Messages.Cases_colProcedure, "rule.procedure");
		procedure.setMessage(Messages.Rule_anyHint);
		basis = Forms.choice(form, Messages.Rule_basis, "rule.basis",
				Arrays.stream(WatchBasis.values()).map(WatchBasis::label).toArray(String[]::new));
		basis.addListener(SWT.Selection, e -> updateBasis());
		days = Forms.text(form, Messages.Rule_days, "rule.days");
		percent = Forms.text(form, Messages.Rule_percent, "rule.percent");
		label = Forms.text(form, Messages.Rule_label, "rule.label");
		Forms.label(form, "");
		Composite buttons = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		Forms.button(buttons, "rule.new", Messages.Rule_new).addListener(SWT.Selection, e -> edit(null));
		Forms.button(buttons, "rule.save", Messages.Rule_save).addListener(SWT.Selection, e -> save());
		delete = Forms.button(buttons, "rule.delete", Messages.Rule_delete);
		table.actions(delete);
		delete.addListener(SWT.Selection, e -> delete());
		sash.setWeights(70, 30);
		edit(null);
		load(null);
	}

	private static String any(String value) {
		return value == null ? Messages.Rule_any : value;
	}

	private void load(String message) {
		background.run(Messages.Rule_loadJob, watchList::rules, rules -> {
			if (!status.isDisposed()) {
				long keep = editing;
				table.show(rules, keep == 0 ? null : r -> r.id() == keep);
				setStatus(message != null ? message : NLS.bind(Messages.Rule_summary, rules.size()));
			}
		}, this::fail);
	}

	/** Fills the form with the rule, or empties it for a new one. */
	private void edit(WatchRule rule) {
		editing = rule == null ? 0 : rule.id();
		editingVersion = rule == null ? 0 : rule.version();
		caseType.setText(rule == null || rule.caseType() == null ? "" : rule.caseType());
		procedure.setText(rule == null || rule.procedure() == null ? "" : rule.procedure());
		basis.select(rule == null ? 0 : rule.basis().ordinal());
		days.setText(rule == null ? "" : Integer.toString(rule.thresholdDays()));
		percent.setText(rule == null || rule.limitSharePercent() == null ? "" : rule.limitSharePercent().toString());
		label.setText(rule == null ? "" : rule.label());
		delete.setEnabled(rule != null);
		updateBasis();
	}

	private void updateBasis() {
		percent.setEnabled(WatchBasis.values()[basis.getSelectionIndex()] == WatchBasis.LIMIT_SHARE);
	}

	/** The form as a rule, or the problems with it in the status line and null. */
	private WatchRule rule() {
		List<String> problems = new ArrayList<>();
		WatchBasis chosen = WatchBasis.values()[basis.getSelectionIndex()];
		Integer threshold = positive(days.getText(), Messages.Rule_days, problems);
		Integer share = chosen == WatchBasis.LIMIT_SHARE ? positive(percent.getText(), Messages.Rule_percent, problems)
				: null;
		if (label.getText().isBlank()) {
			problems.add(NLS.bind(Messages.Rule_required, Messages.Rule_label));
		}
		if (!problems.isEmpty()) {
			fail(String.join("；", problems));
			return null;
		}
		return new WatchRule(editing, Forms.optional(caseType), Forms.optional(procedure), chosen, threshold, share,
				label.getText().strip(), editingVersion);
	}

	private static Integer positive(String text, String field, List<String> problems) {
		try {
			int value = Integer.parseInt(text.strip());
			if (value > 0) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below like a number out of range
		}
		problems.add(NLS.bind(Messages.Rule_positive, field, text.strip()));
		return null;
	}

	private void save() {
		WatchRule rule = rule();
		if (rule == null) {
			return;
		}
		// every case's long-pending date is recomputed with the rule: a user job with progress, seconds at 1M cases
		background.runWithProgress(Messages.Rule_save, monitor -> watchList.saveRule(rule, principal, monitor),
				saved -> {
					editing = saved.id();
					editingVersion = saved.version();
					delete.setEnabled(true);
					load(NLS.bind(Messages.Rule_saved, saved.label()));
				}, this::refused, this::cancelled);
	}

	private void delete() {
		WatchRule rule = table.selected();
		if (rule == null || !MessageDialog.openQuestion(status.getShell(), Messages.Rule_delete,
				NLS.bind(Messages.Rule_deleteQuestion, rule.label()))) {
			return;
		}
		background.runWithProgress(Messages.Rule_delete, monitor -> {
			watchList.deleteRule(rule.id(), rule.version(), principal, monitor);
			return rule;
		}, deleted -> {
			edit(null);
			load(NLS.bind(Messages.Rule_deleted, deleted.label()));
		}, this::refused, this::cancelled);
	}

	/** A save or delete cancelled while the long-pending dates were recomputed: nothing of it is stored. */
	private void cancelled() {
		if (!status.isDisposed()) {
			Forms.report(status, Messages.Rule_cancelled, true);
		}
	}

	private void setStatus(String text) {
		Forms.report(status, text, false);
	}

	/**
	 * A refused save or delete: the table shows the rules as stored now (another desktop may have changed this
	 * one), the form keeps what was typed until a rule is chosen again.
	 */
	private void refused(String reason) {
		background.run(Messages.Rule_loadJob, watchList::rules, rules -> {
			if (!status.isDisposed()) {
				table.show(rules, editing == 0 ? null : r -> r.id() == editing);
				fail(reason);
			}
		}, this::fail);
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
