package ducha.study.ui.internal.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.FileDialogs;
import ducha.app.ui.FileExport;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ProblemsDialog;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;
import ducha.study.StudyTest;
import ducha.study.TestResult;
import ducha.study.TestService;

/**
 * The tests tab: the tests, latest first; a new test (its paper drawn from the bank); the paper; a score import
 * with the refused rows in a {@link ProblemsDialog}; the results of the chosen test; the quarter's score sheet.
 */
final class TestsTab {

	/** What an import gave: the result, or the rows it refused. */
	private record Imported(LedgerImportResult result, List<LedgerProblem> refused) {
	}

	private final TestsPart.TestsContext context;
	private final Label status;
	private final ListTable<StudyTest> tests;
	private final ListTable<TestResult> results;

	TestsTab(Composite page, TestsPart.TestsContext context) {
		this.context = context;
		Composite bar = Forms.bar(page, 7);
		status = Forms.summary(bar, "tests.status");
		Forms.button(bar, "tests.create", Messages.tests_create).addListener(SWT.Selection, e -> create());
		Forms.button(bar, "tests.paper", Messages.tests_paper).addListener(SWT.Selection, e -> paper());
		Forms.button(bar, "tests.import", Messages.tests_import).addListener(SWT.Selection, e -> chooseImport());
		Forms.button(bar, "tests.grant", Messages.tests_grant).addListener(SWT.Selection, e -> grant());
		Forms.button(bar, "tests.sheet", Messages.tests_sheet).addListener(SWT.Selection, e -> sheet());
		Forms.button(bar, "tests.refresh", Messages.refresh).addListener(SWT.Selection, e -> load());
		SashForm sash = new SashForm(page, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		tests = new ListTable<>(sash, "tests.table", false, StudyTest.class,
				new ListTable.Column<>(Messages.colCode, 80, StudyTest::code),
				new ListTable.Column<>(Messages.colTitle, 280, StudyTest::title),
				new ListTable.Column<>(Messages.colHeld, 100, t -> t.heldOn().toString()),
				new ListTable.Column<>(Messages.colMode, 80, t -> t.mode().label()),
				new ListTable.Column<>(Messages.colPass, 60, t -> String.valueOf(t.passMark())),
				new ListTable.Column<>(Messages.colTotal, 60, t -> String.valueOf(t.totalPoints())),
				new ListTable.Column<>(Messages.create_rule, 160, t -> t.makeupRule().label()));
		results = new ListTable<>(sash, "tests.results", false, TestResult.class, ResultColumns.all(context));
		tests.onSelect(t -> showResults());
		sash.setWeights(40, 60);
	}

	void load() {
		TestService service = context.tests.get();
		if (service == null) {
			status.setText(Messages.noService);
			return;
		}
		StudyTest kept = tests.selected();
		context.background.run(Messages.tests_tab, () -> service.tests(context.principal), list -> {
			if (!status.isDisposed()) {
				tests.show(list, t -> kept != null && t.code().equals(kept.code()));
				status.setText("");
				showResults();
			}
		}, context.refusal(status));
	}

	private void showResults() {
		StudyTest test = tests.selected();
		TestService service = context.tests.get();
		if (test == null || service == null) {
			results.show(List.of(), null);
			return;
		}
		context.background.run(Messages.tests_tab, () -> {
			context.readNames();
			return service.results(test.code(), context.principal);
		}, list -> {
			if (!status.isDisposed()) {
				results.show(list, null);
				long passed = list.stream().filter(TestResult::passed).count();
				long due = list.stream().filter(TestResult::makeupDue).count();
				status.setText(NLS.bind(Messages.tests_results, new Object[] { test.code(), list.size(), passed, due }));
			}
		}, context.refusal(status));
	}

	private void create() {
		TestService service = context.tests.get();
		if (service != null && new TestDialog(status.getShell(), context, service).open() == 0) {
			load();
		}
	}

	private void paper() {
		StudyTest test = chosen();
		TestService service = context.tests.get();
		if (test != null && service != null) {
			context.background.run(Messages.tests_paper, () -> service.paper(test.code(), context.principal),
					paper -> new PaperDialog(status.getShell(), test, paper).open(), context.refusal(status));
		}
	}

	private void chooseImport() {
		StudyTest test = chosen();
		if (test == null) {
			return;
		}
		FileDialog dialog = new FileDialog(status.getShell(), SWT.OPEN);
		dialog.setText(Messages.tests_import);
		dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv", "*.*" });
		String file = FileDialogs.open(dialog);
		if (file != null) {
			importScores(test, Path.of(file));
		}
	}

	/** Imports the file's scores for the test (also for tests, which cannot drive the native file dialog). */
	void importScores(StudyTest test, Path file) {
		TestService service = context.tests.get();
		if (service == null) {
			return;
		}
		status.setText(NLS.bind(Messages.tests_importing, file.getFileName()));
		context.background.runWithProgress(NLS.bind(Messages.tests_importing, file.getFileName()), monitor -> {
			try {
				return new Imported(service.importScores(test.code(), file, context.principal, monitor), List.of());
			} catch (LedgerValidationException e) {
				return new Imported(null, e.ledgerProblems());
			}
		}, imported -> {
			if (status.isDisposed()) {
				return;
			}
			if (imported.result() == null) {
				Forms.report(status, NLS.bind(Messages.tests_rejected, imported.refused().size()), true);
				new ProblemsDialog(status.getShell(), imported.refused()).open();
				return;
			}
			LedgerImportResult r = imported.result();
			Forms.report(status, NLS.bind(Messages.tests_imported,
					new Object[] { r.fileName(), r.rows(), r.inserted(), r.updated() }), false);
			showResults();
		}, context.refusal(status), () -> status.setText(""));
	}

	private void grant() {
		StudyTest test = chosen();
		TestResult person = results.selected();
		TestService service = context.tests.get();
		if (test == null || person == null || service == null) {
			return;
		}
		context.background.run(Messages.tests_grant, () -> {
			service.grantAttempt(test.code(), person.staffNo(), context.principal);
			return person.name();
		}, name -> Forms.report(status, NLS.bind(Messages.tests_granted, name), false), context.refusal(status));
	}

	private void sheet() {
		StudyTest test = chosen();
		TestService service = context.tests.get();
		if (test == null || service == null) {
			return;
		}
		Path file = FileExport.choose(status.getShell(), Messages.tests_sheet,
				NLS.bind(Messages.tests_sheetName, StudyTest.codeOf(test.year(), test.quarter())), FileExport.Format.XLSX);
		if (file == null) {
			return;
		}
		FileExport.write(context.background, file, FileExport.toStream(
				(out, monitor) -> service.scoreSheet(test.year(), test.quarter(), out, context.principal)),
				rows -> Forms.report(status, NLS.bind(Messages.tests_exported, rows, file), false), context.refusal(status));
	}

	private StudyTest chosen() {
		StudyTest test = tests.selected();
		if (test == null) {
			Forms.report(status, Messages.tests_chooseTest, true);
		}
		return test;
	}
}
