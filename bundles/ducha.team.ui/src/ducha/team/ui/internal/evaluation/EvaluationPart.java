package ducha.team.ui.internal.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.FileExport;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.documents.DocumentFormat;
import ducha.core.ledger.LedgerFormat;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.team.DutyTally;
import ducha.team.Evaluation;
import ducha.team.EvaluationBulletin;
import ducha.team.EvaluationService;
import ducha.team.PerformanceArchive;
import ducha.team.TeamPermissions;

/**
 * 考核评价: the year's integrity supervisors with their duties per quarter, grade and bonus points; 评价… records a
 * quarter's remarks, a half-year's summary or the year's grade; the selected supervisor's performance archive below;
 * 导出加分表… writes the bonus sheet; 印发季度通报… issues the chosen quarter's bulletin and writes it.
 */
public class EvaluationPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	private volatile EvaluationService evaluations;

	private Combo year;
	private Combo quarter;
	private Label status;
	private ListTable<PerformanceArchive> table;
	private Text archive;
	private Button evaluate;

	@Inject
	void serviceChanged(@Optional EvaluationService service) {
		evaluations = service;
		if (table != null && !table.control().isDisposed() && service != null) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 8);
		Forms.label(bar, Messages.year);
		year = Forms.yearCombo(bar, "evaluation.year");
		year.addListener(SWT.Selection, e -> load(null));
		quarter = Forms.combo(bar, "evaluation.quarter", Messages.quarter1, Messages.quarter2, Messages.quarter3,
				Messages.quarter4);
		quarter.select((LocalDate.now().getMonthValue() - 1) / 3);
		status = Forms.summary(bar, "evaluation.status");
		evaluate = Forms.button(bar, "evaluation.evaluate", Messages.evaluate);
		evaluate.addListener(SWT.Selection, e -> evaluate());
		rights.require(Forms.button(bar, "evaluation.bonus", Messages.exportBonus), TeamPermissions.EVALUATE)
				.addListener(SWT.Selection, e -> exportBonus());
		rights.require(Forms.button(bar, "evaluation.bulletin", Messages.issueBulletin), TeamPermissions.EVALUATE)
				.addListener(SWT.Selection, e -> bulletin());
		table = new ListTable<>(parent, "evaluation.list", false, PerformanceArchive.class,
				new Column<>(Messages.colStaffNo, 80, PerformanceArchive::staffNo),
				new Column<>(Messages.colName, 80, PerformanceArchive::name),
				new Column<>(Messages.colDepartment, 140, PerformanceArchive::departmentName),
				new Column<>(Messages.quarter1, 70, a -> quarterTotal(a, 0)),
				new Column<>(Messages.quarter2, 70, a -> quarterTotal(a, 1)),
				new Column<>(Messages.quarter3, 70, a -> quarterTotal(a, 2)),
				new Column<>(Messages.quarter4, 70, a -> quarterTotal(a, 3)),
				new Column<>(Messages.colDuties, 70, a -> String.valueOf(a.dutiesTotal())),
				new Column<>(Messages.colGrade, 80, a -> a.annual() == null ? "" : a.annual().grade().label()),
				new Column<>(Messages.colBonus, 70, a -> a.bonus().total().toPlainString()));
		table.openWith(evaluate);
		table.actions(evaluate);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		archive = Forms.area(parent, "evaluation.archive", 10);
		archive.setEditable(false);
		table.onSelect(a -> {
			rights.enable(evaluate, a != null, TeamPermissions.EVALUATE);
			archive.setText(a == null ? "" : archiveText(a));
		});
		rights.enable(evaluate, false, TeamPermissions.EVALUATE);
		if (evaluations != null) {
			load(null);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private int chosenYear() {
		return Integer.parseInt(year.getText());
	}

	private Period chosenQuarter() {
		return Period.quarter(chosenYear(), quarter.getSelectionIndex() + 1);
	}

	private void load(String select) {
		EvaluationService service = evaluations;
		if (service == null) {
			return;
		}
		int chosen = chosenYear();
		background.run(Messages.loadJob, () -> service.archives(chosen, principal), list -> {
			if (!table.control().isDisposed()) {
				table.show(list, a -> a.staffNo().equals(select));
				PerformanceArchive selected = table.selected();
				archive.setText(selected == null ? "" : archiveText(selected));
				rights.enable(evaluate, selected != null, TeamPermissions.EVALUATE);
				Forms.report(status, NLS.bind(Messages.supervisorsCount, list.size()), false);
			}
		}, this::refused);
	}

	private void evaluate() {
		PerformanceArchive selected = table.selected();
		EvaluationService service = evaluations;
		if (selected == null || service == null) {
			return;
		}
		EvaluationDialog dialog = new EvaluationDialog(table.control().getShell(), background, service, principal,
				selected, chosenQuarter());
		if (dialog.open() == Window.OK) {
			Evaluation saved = dialog.saved();
			Forms.report(status, NLS.bind(Messages.evaluated, selected.name(), saved.period().label()), false);
			load(selected.staffNo());
		}
	}

	private void exportBonus() {
		EvaluationService service = evaluations;
		if (service == null) {
			return;
		}
		int chosen = chosenYear();
		Path file = FileExport.choose(status.getShell(), Messages.exportBonus, NLS.bind(Messages.bonusFileName, chosen),
				FileExport.Format.XLSX, FileExport.Format.CSV);
		if (file == null) {
			return;
		}
		FileExport.write(background, file, FileExport.toStream(
				(out, monitor) -> service.bonusSheet(chosen, LedgerFormat.of(file), out, principal)),
				rows -> Forms.report(status, NLS.bind(Messages.bonusWritten, rows, file), false), this::refused);
	}

	private void bulletin() {
		EvaluationService service = evaluations;
		if (service == null) {
			return;
		}
		Period of = chosenQuarter();
		FileDialog dialog = new FileDialog(table.control().getShell(), SWT.SAVE);
		dialog.setText(Messages.issueBulletin);
		dialog.setFilterExtensions(new String[] { "*.docx", "*.pdf" });
		dialog.setFileName(NLS.bind(Messages.bulletinFileName, of.label()) + ".docx");
		dialog.setOverwrite(true);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		DocumentFormat format = DocumentFormat.of(Path.of(file)).orElse(DocumentFormat.DOCX);
		background.run(Messages.saveJob, () -> {
			EvaluationBulletin issued = service.issueBulletin(of, LocalDate.now(), principal);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			service.writeBulletin(issued.year(), issued.number(), format, bytes, principal);
			Files.write(Path.of(file), bytes.toByteArray());
			return issued;
		}, issued -> Forms.report(status, NLS.bind(Messages.bulletinWritten, issued.label(), file), false),
				this::refused);
	}

	private static String quarterTotal(PerformanceArchive a, int index) {
		return String.valueOf(a.quarters().get(index).stream().mapToInt(DutyTally::count).sum());
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** The archive of one supervisor as the text under the list. */
	private static String archiveText(PerformanceArchive a) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.archiveHeading,
				new Object[] { a.name(), a.staffNo(), a.departmentName(), a.year() })).append('\n');
		text.append(Messages.archiveDuties).append(a.duties().isEmpty() ? Messages.archiveNoDuties
				: a.duties().stream().map(d -> d.kindLabel() + " " + d.count()).collect(Collectors.joining("、")))
				.append('\n');
		for (Evaluation e : a.evaluations()) {
			text.append(e.period().label()).append('：').append(e.grade() == null ? "" : e.grade().label() + "，")
					.append(e.remarks()).append('\n');
		}
		text.append(NLS.bind(Messages.archiveBonus, new Object[] { a.bonus().grade().toPlainString(),
				a.bonus().duties().toPlainString(), a.bonus().total().toPlainString() }));
		return text.toString();
	}

	/** F5: the year's evaluations again. */
	@Override
	public void refresh() {
		load(null);
	}
}
