package ducha.inspections.ui.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.eclipse.swt.widgets.Shell;

import ducha.app.print.PrintPreviewDialog;
import ducha.app.print.Printing;
import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Printouts;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.documents.DocumentFormat;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.inspections.Bulletin;
import ducha.inspections.BulletinService;
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionPermissions;
import ducha.inspections.InspectionService;

/**
 * 督察通报: the year's bulletins; 签发通报… issues a numbered one naming findings not yet in a bulletin (of the
 * inspections the user may see and that are not confidential), 导出… writes the selected one as DOCX or PDF, 打印预览…
 * shows it page by page as it prints (the same document), with 打印… in the preview.
 */
public class BulletinsPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	private volatile BulletinService bulletins;
	private volatile InspectionService inspections;

	private Combo year;
	private Label status;
	private ListTable<Bulletin> table;
	private Button export;
	private Button preview;

	@Inject
	void servicesChanged(@Optional BulletinService service, @Optional InspectionService inspectionService) {
		bulletins = service;
		inspections = inspectionService;
		if (table != null && !table.control().isDisposed() && service != null) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 6);
		Forms.label(bar, Messages.year);
		year = Forms.yearCombo(bar, "bulletins.year");
		year.addListener(SWT.Selection, e -> load(null));
		status = Forms.summary(bar, "bulletins.status");
		rights.require(Forms.button(bar, "bulletins.issue", Messages.issueBulletin), InspectionPermissions.MANAGE)
				.addListener(SWT.Selection, e -> issue());
		export = Forms.button(bar, "bulletins.export", Messages.exportBulletin);
		export.addListener(SWT.Selection, e -> export());
		preview = Forms.button(bar, "bulletins.print", Messages.previewBulletin);
		preview.addListener(SWT.Selection, e -> preview());
		table = new ListTable<>(parent, "bulletins.list", false, Bulletin.class,
				new Column<>(Messages.colNumber, 120, Bulletin::label),
				new Column<>(Messages.colTitle, 360, Bulletin::title),
				new Column<>(Messages.colIssued, 100, b -> b.issuedOn().toString()),
				new Column<>(Messages.colFindings, 80, b -> String.valueOf(b.findingNos().size())));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		table.onSelect(b -> {
			export.setEnabled(b != null);
			preview.setEnabled(b != null);
		});
		table.openWith(export);
		table.actions(export, preview);
		export.setEnabled(false);
		preview.setEnabled(false);
		if (bulletins != null) {
			load(null);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private void load(String select) {
		BulletinService service = bulletins;
		if (service == null) {
			return;
		}
		int chosen = Integer.parseInt(year.getText());
		background.run(Messages.loadJob, () -> service.bulletins(chosen, principal), list -> {
			if (!table.control().isDisposed()) {
				table.show(list, b -> b.label().equals(select));
				Forms.report(status, NLS.bind(Messages.bulletinsCount, list.size()), false);
				export.setEnabled(table.selected() != null);
				preview.setEnabled(table.selected() != null);
			}
		}, this::refused);
	}

	private void issue() {
		BulletinService service = bulletins;
		InspectionService source = inspections;
		if (service == null || source == null) {
			return;
		}
		int chosen = Integer.parseInt(year.getText());
		background.run(Messages.loadJob, () -> {
			List<Finding> open = new ArrayList<>();
			for (Inspection i : source.inspections(Period.year(chosen), principal)) {
				if (!i.confidential()) {
					source.findings(i.inspectionNo(), principal).stream().filter(f -> f.bulletinNumber() == null)
							.forEach(open::add);
				}
			}
			return open;
		}, open -> {
			BulletinDialog dialog = new BulletinDialog(table.control().getShell(), background, service, principal,
					open);
			if (dialog.open() == Window.OK) {
				Forms.report(status, NLS.bind(Messages.bulletinIssued, dialog.saved().label()), false);
				load(dialog.saved().label());
			}
		}, this::refused);
	}

	private void export() {
		Bulletin b = table.selected();
		BulletinService service = bulletins;
		if (b == null || service == null) {
			return;
		}
		FileDialog dialog = new FileDialog(table.control().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.docx", "*.pdf" });
		dialog.setFileName(b.title() + ".docx");
		dialog.setOverwrite(true);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		DocumentFormat format = file.toLowerCase(Locale.ROOT).endsWith(".pdf") ? DocumentFormat.PDF
				: DocumentFormat.DOCX;
		background.run(Messages.saveJob, () -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			service.write(b.year(), b.number(), format, bytes, principal);
			Files.write(Path.of(file), bytes.toByteArray());
			return file;
		}, written -> Forms.report(status, NLS.bind(Messages.bulletinWritten, written), false), this::refused);
	}

	/** Composes the selected bulletin in a job, then shows it as it prints; printing's outcome goes to the status. */
	private void preview() {
		Bulletin b = table.selected();
		BulletinService service = bulletins;
		if (b == null || service == null) {
			return;
		}
		Shell shell = table.control().getShell();
		background.run(NLS.bind(Messages.composeJob, b.label()), () -> service.compose(b.year(), b.number(), principal),
				document -> {
					if (shell.isDisposed()) {
						return;
					}
					new PrintPreviewDialog(shell, Printouts.document(b.title(), document), printout -> {
						Printing.Outcome printed = Printing.print(shell, printout);
						if (printed != null && !status.isDisposed()) {
							Forms.report(status, printed.message(), printed.problem());
						}
					}).open();
				}, this::refused);
	}

	private void refused(String reason) {
		if (!status.isDisposed()) {
			Forms.report(status, reason, true);
		}
	}

	/** F5: the year's bulletins again. */
	@Override
	public void refresh() {
		load(null);
	}
}
