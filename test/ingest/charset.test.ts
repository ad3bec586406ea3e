import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { decodeBody, parseContentType } from "../../src/ingest/fetch/charset.js";

test("reads the media type and charset of a Content-Type header", () => {
  assert.deepEqual(parseContentType('Text/HTML; Charset="ISO-8859-1"'), { mediaType: "text/html", charset: "iso-8859-1" });
  assert.deepEqual(parseContentType(undefined), { mediaType: "" });
});

test("the header beats the document; the BOM beats both", () => {
  const bytes = iconv.encode('<meta charset="utf-8"><p>Zürich – “quoted”</p>', "windows-1252");
  assert.equal(decodeBody(bytes, "windows-1252").text, '<meta charset="utf-8"><p>Zürich – “quoted”</p>');
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>Zürich</p>")]);
  assert.deepEqual(decodeBody(bom, "windows-1252"), { text: "<p>Zürich</p>", charset: "utf-8", from: "bom" });
});

test("reads <meta http-equiv> and XML declarations", () => {
  const html = iconv.encode('<meta http-equiv="content-type" content="text/html; charset=iso-8859-1"><p>Gruß</p>', "latin1");
  assert.equal(decodeBody(html).from, "meta");
  assert.match(decodeBody(html).text, /Gruß/);
  const xml = iconv.encode('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Año</title></rss>', "latin1");
  assert.equal(decodeBody(xml).from, "xml-declaration");
  assert.match(decodeBody(xml).text, /Año/);
});

test("without any declaration, valid UTF-8 is UTF-8 and anything else windows-1252", () => {
  assert.equal(decodeBody(Buffer.from("Café")).charset, "utf-8");
  const legacy = decodeBody(iconv.encode("Café “x”", "windows-1252"));
  assert.equal(legacy.charset, "windows-1252");
  assert.equal(legacy.text, "Café “x”");
});
