package ducha.petitions.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.FileDialogs;
import ducha.app.ui.Forms;
import ducha.petitions.Attachment;
import ducha.petitions.Petition;

/**
 * 附件: the files stored with the petition (encrypted). Adding and saving a copy are the handlers' and the
 * director's; saving a copy asks for a reason, which is audited.
 */
final class AttachmentsSection implements Casework.Section {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final Casework work;
	private final Table table;
	private final Text reason;
	private final Button add;
	private final Button save;
	private final Button reads;
	private List<Attachment> rows = List.of();
	private Petition shown;

	AttachmentsSection(Composite parent, Casework work) {
		this.work = work;
		Group group = Forms.group(parent, Messages.Attachments_title, 3);
		table = Forms.named(new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "attachments.list");
		table.setHeaderVisible(true);
		String[] headers = { Messages.Attachments_name, Messages.Attachments_size, Messages.Attachments_by,
				Messages.Attachments_at };
		int[] widths = { 180, 80, 80, 130 };
		Forms.columns(table, headers, widths);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, table.getItemHeight() * 4)
				.applyTo(table);
		reason = Forms.text(group, Messages.Attachments_reason, "attachments.reason");
		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		add = Forms.button(buttons, "attachments.add", Messages.Attachments_add);
		save = Forms.button(buttons, "attachments.save", Messages.Attachments_save);
		reads = Forms.button(buttons, "attachments.reads", Messages.Attachments_reads);
		add.addListener(SWT.Selection, e -> add());
		save.addListener(SWT.Selection, e -> save());
		reads.addListener(SWT.Selection, e -> showReads());
		table.addListener(SWT.Selection, e -> save.setEnabled(add.isEnabled() && table.getSelectionIndex() >= 0));
		show(null);
	}

	@Override
	public void show(Petition petition) {
		shown = petition;
		table.removeAll();
		rows = List.of();
		add.setEnabled(false);
		save.setEnabled(false);
		reads.setEnabled(false);
		if (petition == null) {
			return;
		}
		String number = petition.number();
		work.calls().run(Messages.Attachments_loadJob, s -> {
			List<Attachment> list = s.attachments(number, work.principal());
			work.people().warmAccounts(list.stream().map(Attachment::addedBy).distinct().toList());
			return list;
		}, list -> {
			if (!table.isDisposed() && shown != null && shown.number().equals(number)) {
				fill(list);
				add.setEnabled(true);
				reads.setEnabled(true);
			}
		}, refusal -> {
			if (!table.isDisposed()) {
				new TableItem(table, SWT.NONE).setText(Messages.Attachments_private);
			}
		});
	}

	private void fill(List<Attachment> attachments) {
		rows = List.copyOf(attachments);
		table.removeAll();
		for (Attachment a : rows) {
			new TableItem(table, SWT.NONE).setText(new String[] { a.fileName(), size(a.size()), work.people().account(a.addedBy()),
					TIME.format(a.addedAt()) });
		}
	}

	private void add() {
		FileDialog dialog = new FileDialog(work.shell(), SWT.OPEN);
		dialog.setText(Messages.Attachments_add);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		String number = shown.number();
		work.calls().run(Messages.Part_saveJob, s -> s.addAttachment(number, Path.of(file), work.principal()),
				added -> {
					work.status().accept(NLS.bind(Messages.Attachments_added, added.fileName()));
					show(shown);
				}, Background.errorDialog(table, Messages.Attachments_title));
	}

	/** Who read the reporter's identity and the files, when and why (the log keeps the reasons sealed). */
	private void showReads() {
		String number = shown.number();
		work.calls().run(Messages.Attachments_readsJob, s -> s.confidentialReads(number, work.principal()), list -> {
			if (table.isDisposed()) {
				return;
			}
			StringBuilder text = new StringBuilder();
			list.forEach(r -> text.append(NLS.bind(Messages.Attachments_readLine, new Object[] { TIME.format(r.at()),
					r.account(), r.what(), r.reason() == null ? "" : r.reason() })).append('\n'));
			MessageDialog.openInformation(work.shell(), NLS.bind(Messages.Attachments_readsTitle, number),
					list.isEmpty() ? Messages.Attachments_readsNone : text.toString().strip());
		}, Background.errorDialog(table, Messages.Attachments_title));
	}

	private void save() {
		int index = table.getSelectionIndex();
		if (index < 0 || index >= rows.size()) {
			return;
		}
		String why = reason.getText().strip();
		if (why.isEmpty()) {
			MessageDialog.openError(work.shell(), Messages.Attachments_title, Messages.Attachments_reasonMissing);
			return;
		}
		Attachment attachment = rows.get(index);
		FileDialog dialog = new FileDialog(work.shell(), SWT.SAVE);
		dialog.setFileName(attachment.fileName());
		dialog.setOverwrite(true);
		String target = FileDialogs.open(dialog);
		if (target == null) {
			return;
		}
		String number = shown.number();
		work.calls().run(Messages.Attachments_saveJob, s -> {
			s.exportAttachment(number, attachment.id(), Path.of(target), why, work.principal());
			return target;
		}, saved -> {
			reason.setText("");
			work.status().accept(NLS.bind(Messages.Attachments_saved, saved));
		}, Background.errorDialog(table, Messages.Attachments_title));
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : (bytes / 1024 / 1024) + " MB";
	}
}
