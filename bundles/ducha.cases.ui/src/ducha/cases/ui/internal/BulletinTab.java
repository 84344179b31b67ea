package ducha.cases.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import ducha.app.ui.DateField;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.cases.CaseBulletin;
import ducha.cases.ReviewFinding;
import ducha.core.documents.DocumentFormat;

/**
 * 案件通报: the year's bulletins with 导出 DOCX/PDF and 打印预览 of the selected one, and issuing the next bulletin from the
 * findings selected in the table.
 */
final class BulletinTab {

	private final Composite control;
	private final ListTable<CaseBulletin> table;
	private final Text title;
	private final DateField issued;
	private final Label hint;

	BulletinTab(Composite parent, ReviewPart.Actions actions, Supplier<List<ReviewFinding>> selectedFindings,
			BiConsumer<CaseBulletin, DocumentFormat> export, Consumer<CaseBulletin> preview) {
		control = new Composite(parent, SWT.NONE);
		Composite[] parts = Forms.listAndForm(control);
		Composite list = parts[0];
		Composite form = parts[1];
		table = new ListTable<>(list, "bulletin.table", false, CaseBulletin.class,
				new Column<CaseBulletin>(Messages.Review_issue, 110, CaseBulletin::label),
				new Column<CaseBulletin>(Messages.Review_colDate, 95, b -> b.issuedDate().toString()),
				new Column<CaseBulletin>(Messages.Review_bulletinTitle, 300, CaseBulletin::title));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		Composite exports = new Composite(list, SWT.NONE);
		GridDataFactory.fillDefaults().applyTo(exports);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(exports);
		Button docx = Forms.button(exports, "bulletin.docx", Messages.Bulletin_exportDocx);
		docx.addListener(SWT.Selection, e -> export.accept(table.selected(), DocumentFormat.DOCX));
		Button pdf = Forms.button(exports, "bulletin.pdf", Messages.Bulletin_exportPdf);
		pdf.addListener(SWT.Selection, e -> export.accept(table.selected(), DocumentFormat.PDF));
		// the bulletin as it prints (the same text as its DOCX/PDF), with 打印… in the preview
		Button print = Forms.button(exports, "bulletin.print", Messages.Bulletin_preview);
		print.addListener(SWT.Selection, e -> preview.accept(table.selected()));
		docx.setEnabled(false);
		pdf.setEnabled(false);
		print.setEnabled(false);
		table.onSelect(b -> {
			docx.setEnabled(b != null);
			pdf.setEnabled(b != null);
			print.setEnabled(b != null);
		});
		hint = Forms.status(form, "bulletin.hint", 2);
		hint.setText(Messages.Review_bulletinHint);
		title = Forms.text(form, Messages.Review_bulletinTitle, "bulletin.title");
		issued = Forms.date(form, Messages.Review_colDate, "bulletin.date", LocalDate.now());
		Forms.action(form, "bulletin.issue", Messages.Review_issueBulletin).addListener(SWT.Selection, e -> {
			if (!Forms.readable(issued)) {
				return;
			}
			List<Long> ids = selectedFindings.get().stream().map(ReviewFinding::id).toList();
			LocalDate day = Forms.day(issued);
			String text = title.getText().strip();
			actions.change(Messages.Review_issueBulletin,
					() -> actions.review().issueBulletin(day, text, ids, actions.principal()), bulletin -> {
						title.setText("");
						hint.setText(NLS.bind(Messages.Review_bulletinIssued, bulletin.label(), ids.size()));
					});
		});
	}

	Composite control() {
		return control;
	}

	void show(List<CaseBulletin> bulletins) {
		table.show(bulletins, null);
	}
}
