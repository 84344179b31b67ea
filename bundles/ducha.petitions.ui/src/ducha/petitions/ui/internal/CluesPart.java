package ducha.petitions.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Refreshable;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.security.Principal;
import ducha.petitions.Clue;
import ducha.petitions.ClueService;
import ducha.petitions.ScreeningOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * 排查库: the flagged cases (unqualified, reversed or remanded, retried) and their screening. Clues come from the
 * installed plugins' registers (the button takes the new ones) or from a ledger import.
 */
public class CluesPart implements Refreshable {

	/** The outcomes a screener records (pending is where every clue starts). */
	/** Until the directory answers, clues show department codes. */
	private static final DepartmentNames NO_DEPARTMENTS = DepartmentNames.of(List.of());

	private static final ScreeningOutcome[] OUTCOMES = { ScreeningOutcome.NO_ISSUE, ScreeningOutcome.LEAD_OPENED,
			ScreeningOutcome.MERGED };

	@Inject
	private Principal principal;

	/** The judges' names for the 承办人 column, read with the clues. */
	@Inject
	private PeopleNames people;

	private final ServiceCalls<ClueService> calls;

	/** Optional: without the directory the clues show department codes. */
	@Inject
	@Optional
	private volatile DirectoryService directory;

	private Label status;
	private Table table;
	private Combo outcome;
	private Text petition;
	private Text note;
	private Button screen;
	private List<Clue> rows = List.of();
	/** Department names by code, read with the clues: clues carry codes, users know names. */
	private volatile DepartmentNames departments = NO_DEPARTMENTS;

	@Inject
	public CluesPart(Background background) {
		calls = new ServiceCalls<>(background);
	}

	/** The service, injected again when it comes or goes: the clues are read once it is there. */
	@Inject
	void serviceChanged(@Optional ClueService service) {
		calls.set(service);
		if (service != null && table != null && !table.isDisposed()) {
			load(-1);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 3);
		status = Forms.named(new Label(bar, SWT.WRAP), "clues.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		Forms.button(bar, "clues.refresh", Messages.Clues_refresh).addListener(SWT.Selection, e -> refreshLibrary());
		Forms.button(bar, "clues.reload", Messages.Part_reload).addListener(SWT.Selection, e -> load(-1));

		table = Forms.named(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "clues.list");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headers = { Messages.Clues_case, Messages.Clues_kind, Messages.Clues_staff, Messages.Clues_department,
				Messages.Clues_flagged, Messages.Clues_description, Messages.Clues_outcome, Messages.Clues_petition,
				Messages.Clues_source };
		int[] widths = { 190, 90, 120, 120, 100, 200, 90, 90, 70 };
		Forms.columns(table, headers, widths);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		table.addListener(SWT.Selection, e -> selected());

		Composite form = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(form);
		outcome = Forms.choice(form, Messages.Clues_outcome, "clues.outcome",
				java.util.Arrays.stream(OUTCOMES).map(ScreeningOutcome::label).toArray(String[]::new));
		outcome.addListener(SWT.Selection, e -> petition.setEnabled(chosen() == ScreeningOutcome.MERGED));
		petition = Forms.text(form, Messages.Clues_petition, "clues.petitionNumber");
		petition.setEnabled(false);
		note = Forms.text(form, Messages.Clues_note, "clues.note");
		screen = Forms.button(form, "clues.screen", Messages.Clues_screen);
		screen.addListener(SWT.Selection, e -> screen());
		selected();
		load(-1);
	}

	/** Runs in the loading job; without the directory service the codes are shown as they are. */
	private DepartmentNames departmentNames() {
		DirectoryService current = directory;
		return current == null ? NO_DEPARTMENTS : current.departmentNames();
	}

	private String departmentName(String code) {
		return departments.name(code);
	}

	private ScreeningOutcome chosen() {
		return OUTCOMES[outcome.getSelectionIndex()];
	}

	private void load(long select) {
		status.setText(Messages.Clues_loading);
		calls.run(Messages.Clues_loadJob, s -> {
			List<Clue> clues = s.clues(principal);
			departments = departmentNames();
			people.warm(clues.stream().map(Clue::staffNo).filter(no -> no != null).distinct().toList());
			return clues;
		}, clues -> show(clues, select), this::say);
	}

	private void show(List<Clue> clues, long select) {
		if (table.isDisposed()) {
			return;
		}
		rows = List.copyOf(clues);
		table.removeAll();
		for (Clue c : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { c.caseNumber(), c.kind().label(), people.staffWithNo(c.staffNo()),
					blank(departmentName(c.departmentCode())), c.flaggedOn().toString(), blank(c.description()),
					c.outcome().label(), blank(c.petitionNumber()), source(c.source()) });
			if (c.id() == select) {
				table.setSelection(item);
			}
		}
		long pending = rows.stream().filter(c -> c.outcome() == ScreeningOutcome.PENDING).count();
		say(NLS.bind(Messages.Clues_summary, rows.size(), pending));
		selected();
	}

	private void selected() {
		int index = table.getSelectionIndex();
		screen.setEnabled(index >= 0 && index < rows.size());
	}

	private void refreshLibrary() {
		calls.run(Messages.Clues_loadJob, s -> s.refreshFromSources(principal), added -> {
			say(NLS.bind(Messages.Clues_refreshed, added));
			load(-1);
		}, Background.errorDialog(table, Messages.Clues_title));
	}

	private void screen() {
		Clue clue = rows.get(table.getSelectionIndex());
		ScreeningOutcome result = chosen();
		String number = petition.getText().strip();
		if (result == ScreeningOutcome.MERGED && number.isEmpty()) {
			MessageDialog.openError(table.getShell(), Messages.Clues_title, Messages.Clues_petitionMissing);
			return;
		}
		String text = note.getText().strip();
		calls.change(Messages.Clues_screenJob,
				s -> s.screen(clue.id(), clue.version(), result, text,
						result == ScreeningOutcome.MERGED ? number : null, LocalDate.now(), principal),
				screened -> {
					note.setText("");
					petition.setText("");
					load(screened.id());
				}, Background.errorDialog(table, Messages.Clues_title), () -> load(clue.id()));
	}

	private void say(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
			status.getParent().layout(true);
		}
	}

	/** Imported clues read 台账导入; fed ones name the plugin (cases: 案件登记). */
	private static String source(String source) {
		return switch (source) {
		case "ledger" -> Messages.Clues_sourceLedger;
		case "cases" -> Messages.Clues_sourceCases;
		default -> source;
		};
	}

	private static String blank(String text) {
		return text == null ? "" : text;
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	/** F5: what 重新载入 does (not 更新线索, which changes the library). */
	@Override
	public void refresh() {
		load(-1);
	}
}
