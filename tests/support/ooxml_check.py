"""Validates every part of a .docx against the ECMA-376 transitional schemas.

Usage: python3 ooxml_check.py XSD_DIR FILE.docx
Prints JSON: {"parts": {"word/document.xml": ["line 3: message", ...], ...}}, one entry per
part in the package, each with its schema errors (an empty list when the part is valid).

Which schema checks which part is decided by the part's root element, so a part nobody
planned for is reported ("no schema for ...") instead of skipped. As Word does, elements and
attributes of the namespaces a part lists in `mc:Ignorable` are removed before validating.
Nothing is fetched: the two Dublin Core schemas that opc-coreProperties.xsd imports by URL
are resolved to the local stand-ins in XSD_DIR/dublin-core/.
"""

import json
import os
import sys
import zipfile

from lxml import etree

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# Root element (namespace, local name) -> schema file, relative to XSD_DIR.
ROOTS = {
    ("http://schemas.openxmlformats.org/package/2006/content-types", "Types"): "opc-xsd/opc-contentTypes.xsd",
    ("http://schemas.openxmlformats.org/package/2006/relationships", "Relationships"): "opc-xsd/opc-relationships.xsd",
    ("http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "coreProperties"): "opc-xsd/opc-coreProperties.xsd",
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "Properties"): "shared-documentPropertiesExtended.xsd",
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "theme"): "dml-main.xsd",
}
WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# URLs the schemas import by address -> local files (no network in tests).
LOCAL = {
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd": "standins/dc.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd": "standins/dcterms.xsd",
}
XML_NS = "http://www.w3.org/XML/1998/namespace"
XSD = "http://www.w3.org/2001/XMLSchema"


def with_xml_namespace(path, xsd_dir):
    """The schema file's text, its import of the XML namespace given the local stand-in's
    location (the ECMA schemas import it by namespace alone, which libxml2 cannot resolve)."""
    doc = etree.parse(path, etree.XMLParser(no_network=True))
    xml_xsd = os.path.join(os.path.abspath(xsd_dir), "standins", "xml.xsd")
    for imp in doc.getroot().iter("{%s}import" % XSD):
        if imp.get("namespace") == XML_NS and imp.get("schemaLocation") is None:
            imp.set("schemaLocation", "file://" + xml_xsd)
    return etree.tostring(doc)


class LocalOnly(etree.Resolver):
    """Every schema file is read from XSD_DIR (or a stand-in there), never from the network."""

    def __init__(self, root):
        super().__init__()
        self.root = root

    def resolve(self, url, pubid, context):
        path = LOCAL.get(url)
        if path is not None:
            path = os.path.join(self.root, path)
        elif url.startswith("http:") or url.startswith("https:"):
            raise ValueError("the schemas must not be fetched from the network: " + url)
        else:
            path = url[len("file://"):] if url.startswith("file://") else url
        if path.endswith("standins/xml.xsd"):
            return self.resolve_filename(path, context)
        return self.resolve_string(with_xml_namespace(path, self.root), context, base_url=path)


_schemas = {}


def schema(xsd_dir, rel):
    if rel not in _schemas:
        parser = etree.XMLParser(no_network=True)
        parser.resolvers.add(LocalOnly(xsd_dir))
        path = os.path.join(xsd_dir, rel)
        doc = etree.fromstring(with_xml_namespace(path, xsd_dir), parser, base_url=path)
        _schemas[rel] = etree.XMLSchema(etree.ElementTree(doc))
    return _schemas[rel]


def strip_ignorable(root):
    """Removes what Word would ignore: the namespaces listed in mc:Ignorable."""
    ignorable = root.get("{%s}Ignorable" % MC)
    if not ignorable:
        return
    uris = {root.nsmap.get(prefix) for prefix in ignorable.split()}
    uris.discard(None)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if etree.QName(el).namespace in uris:
            el.getparent().remove(el)
            continue
        for name in list(el.attrib):
            if name.startswith("{") and name[1:].split("}")[0] in uris:
                del el.attrib[name]
    del root.attrib["{%s}Ignorable" % MC]


def check_part(xsd_dir, name, data):
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError as e:
        return ["not well-formed XML: %s" % e]
    strip_ignorable(root)
    q = etree.QName(root)
    if q.namespace == WML:
        rel = "wml.xsd"
    else:
        rel = ROOTS.get((q.namespace, q.localname))
    if rel is None:
        return ["no schema for the root element {%s}%s" % (q.namespace, q.localname)]
    s = schema(xsd_dir, rel)
    # Validate a re-parsed copy, so the line numbers are those of the stripped part.
    doc = etree.fromstring(etree.tostring(root))
    if s.validate(doc):
        return []
    return ["line %d: %s" % (e.line, e.message) for e in s.error_log]


def main():
    xsd_dir, path = sys.argv[1], sys.argv[2]
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith("/"):
                continue
            out[name] = check_part(xsd_dir, name, z.read(name))
    json.dump({"parts": out}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
