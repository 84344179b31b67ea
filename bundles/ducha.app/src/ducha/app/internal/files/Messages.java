package ducha.app.internal.files;

import org.eclipse.osgi.util.NLS;

import ducha.core.Language;

/** Texts of 打开导出文件夹: messages.properties (English), messages_zh_CN.properties (Chinese, the default). */
final class Messages extends NLS {

	public static String OpenFolder_title;
	public static String OpenFolder_failed;

	static {
		Language.initializeMessages(Messages.class);
	}

	private Messages() {
	}
}
