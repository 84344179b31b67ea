package ducha.petitions.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.core.DuchaException;
import ducha.core.documents.DocumentFormat;
import ducha.petitions.Clearance;
import ducha.petitions.Petition;

/**
 * 澄清: clears a staff member named in a petition concluded unfounded or false, and writes the numbered clearance
 * notice (澄清通知书) as PDF or DOCX or shows it in the print preview. The staff named are shown as 姓名（工号）
 * (read into the names' cache by the part's load job).
 */
final class ClearanceSection implements Casework.Section {

	private final Casework work;
	private final Combo staff;
	private final Text statement;
	private final Button issue;
	private final Table table;
	private final Button pdf;
	private final Button docx;
	private final Button print;
	private List<Clearance> rows = List.of();
	/** The 工号 of the staff offered, in the order of {@link #staff}. */
	private List<String> staffNos = List.of();
	private Petition shown;

	ClearanceSection(Composite parent, Casework work) {
		this.work = work;
		Group group = Forms.group(parent, Messages.Clearance_title, 2);
		staff = Forms.choice(group, Messages.Clearance_staff, "clearance.staff");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(staff);
		statement = Forms.area(group, Messages.Clearance_statement, "clearance.statement", 2);
		statement.setText(Messages.Clearance_defaultStatement);
		issue = Forms.action(group, "clearance.issue", Messages.Clearance_issue);
		issue.addListener(SWT.Selection, e -> issue());

		table = Forms.named(new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "clearance.list");
		table.setHeaderVisible(true);
		String[] headers = { Messages.Clearance_staff, Messages.Clearance_date, Messages.Clearance_number };
		int[] widths = { 120, 110, 140 };
		Forms.columns(table, headers, widths);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, table.getItemHeight() * 3)
				.applyTo(table);
		Composite buttons = new Composite(group, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		pdf = Forms.button(buttons, "clearance.pdf", Messages.Clearance_pdf);
		docx = Forms.button(buttons, "clearance.docx", Messages.Clearance_docx);
		pdf.addListener(SWT.Selection, e -> notice(DocumentFormat.PDF, "pdf"));
		docx.addListener(SWT.Selection, e -> notice(DocumentFormat.DOCX, "docx"));
		// the notice as it prints (the same text as its DOCX/PDF), with 打印… in the preview
		print = Forms.button(buttons, "clearance.print", Messages.Clearance_preview);
		ClearancePrint printing = new ClearancePrint(work);
		print.addListener(SWT.Selection, e -> printing.preview(rows.get(table.getSelectionIndex()), () -> show(shown)));
		table.addListener(SWT.Selection, e -> enableNotice());
		show(null);
	}

	@Override
	public void show(Petition petition) {
		shown = petition;
		staffNos = petition == null ? List.of() : List.copyOf(petition.reportedStaff());
		staff.setItems(staffNos.stream().map(work.people()::staffWithNo).toArray(String[]::new));
		if (staff.getItemCount() > 0) {
			staff.select(0);
		}
		boolean clearable = petition != null && petition.conclusion() != null
				&& petition.conclusion().allowsClearance();
		issue.setEnabled(clearable);
		table.removeAll();
		rows = List.of();
		enableNotice();
		if (petition == null) {
			return;
		}
		String number = petition.number();
		work.calls().run(Messages.Clearance_loadJob, s -> s.clearances(number, work.principal()), list -> {
			if (!table.isDisposed() && shown != null && shown.number().equals(number)) {
				fill(list);
			}
		}, work.status());
	}

	private void fill(List<Clearance> clearances) {
		rows = List.copyOf(clearances);
		table.removeAll();
		for (Clearance c : rows) {
			new TableItem(table, SWT.NONE).setText(new String[] { work.people().staffWithNo(c.staffNo()),
					c.clearedOn().toString(),
					c.noticeNumber() == null ? Messages.Clearance_notIssued : c.noticeNumber() });
		}
		if (!rows.isEmpty()) {
			table.select(rows.size() - 1);
		}
		enableNotice();
	}

	private void enableNotice() {
		boolean selected = table.getSelectionIndex() >= 0 && table.getSelectionIndex() < rows.size();
		pdf.setEnabled(selected);
		docx.setEnabled(selected);
		print.setEnabled(selected);
	}

	private void issue() {
		String text = statement.getText().strip();
		if (staff.getSelectionIndex() < 0 || text.isEmpty()) {
			MessageDialog.openError(work.shell(), Messages.Clearance_title, Messages.Clearance_missing);
			return;
		}
		String staffNo = staffNos.get(staff.getSelectionIndex());
		String number = shown.number();
		work.calls().run(Messages.Part_saveJob,
				s -> s.clear(number, staffNo, text, LocalDate.now(), work.principal()), cleared -> {
					work.status().accept(NLS.bind(Messages.Clearance_done, work.people().staffWithNo(cleared.staffNo())));
					show(shown);
				}, Background.errorDialog(table, Messages.Clearance_title));
	}

	private void notice(DocumentFormat format, String extension) {
		Clearance clearance = rows.get(table.getSelectionIndex());
		FileDialog dialog = new FileDialog(work.shell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(NLS.bind(Messages.Clearance_fileName, clearance.staffNo()) + "." + extension);
		dialog.setOverwrite(true);
		String target = FileDialogs.open(dialog);
		if (target != null) {
			write(clearance, format, Path.of(target));
		}
	}

	/** Writes the notice in a job; the first time the office's numbering service numbers it. */
	private void write(Clearance clearance, DocumentFormat format, Path target) {
		work.calls().run(Messages.Clearance_noticeJob, s -> {
			// into memory first: a refused notice leaves no empty file behind
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				s.writeClearanceNotice(clearance.id(), format, out, work.principal());
				Files.write(target, out.toByteArray());
			} catch (IOException e) {
				throw new DuchaException(NLS.bind(Messages.Clearance_writeFailed, target, e.getMessage()), e);
			}
			return target;
		}, written -> {
			work.status().accept(NLS.bind(Messages.Clearance_written, written));
			show(shown);
		}, Background.errorDialog(table, Messages.Clearance_title));
	}
}
