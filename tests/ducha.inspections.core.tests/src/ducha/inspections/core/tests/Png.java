package ducha.inspections.core.tests;

import java.util.Base64;

/** The smallest valid PNG (one transparent pixel): an evidence photo the attachments' type check accepts. */
final class Png {

	static final byte[] BYTES = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	private Png() {
	}
}
