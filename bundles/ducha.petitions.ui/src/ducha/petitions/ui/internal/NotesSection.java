package ducha.petitions.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.petitions.HandlerNote;
import ducha.petitions.Petition;

/** 办理笔记: the handlers' private notes; others see that they may not read them. */
final class NotesSection implements Casework.Section {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final Casework work;
	private final Text list;
	private final Text text;
	private final Button add;
	private Petition shown;

	NotesSection(Composite parent, Casework work) {
		this.work = work;
		Group group = Forms.group(parent, Messages.Notes_title, 2);
		list = Forms.named(new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY),
				"notes.list");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, list.getLineHeight() * 5)
				.applyTo(list);
		text = Forms.area(group, "notes.text", 2);
		add = Forms.button(group, "notes.add", Messages.Notes_add);
		add.addListener(SWT.Selection, e -> add());
		show(null);
	}

	@Override
	public void show(Petition petition) {
		shown = petition;
		list.setText("");
		add.setEnabled(false);
		if (petition == null) {
			return;
		}
		String number = petition.number();
		work.calls().run(Messages.Notes_loadJob, s -> {
			List<HandlerNote> notes = s.notes(number, work.principal());
			work.people().warmAccounts(notes.stream().map(HandlerNote::author).distinct().toList());
			return notes;
		}, notes -> {
			if (!list.isDisposed() && shown != null && shown.number().equals(number)) {
				list.setText(format(notes));
				add.setEnabled(true);
			}
		}, refusal -> {
			// not a failure: most viewers may not read the notes
			if (!list.isDisposed()) {
				list.setText(Messages.Notes_private);
			}
		});
	}

	private void add() {
		String body = text.getText().strip();
		if (body.isEmpty()) {
			MessageDialog.openError(work.shell(), Messages.Notes_title, Messages.Notes_empty);
			return;
		}
		String number = shown.number();
		work.calls().run(Messages.Part_saveJob, s -> s.addNote(number, body, work.principal()), note -> {
			text.setText("");
			work.status().accept(Messages.Notes_added);
			show(shown);
		}, Background.errorDialog(list, Messages.Notes_title));
	}

	private String format(List<HandlerNote> notes) {
		if (notes.isEmpty()) {
			return Messages.Notes_none;
		}
		return notes.stream()
				.map(n -> TIME.format(n.writtenAt()) + "  " + work.people().account(n.author()) + "\n" + n.text())
				.collect(Collectors.joining("\n\n"));
	}
}
