"""TLS for the fake server: a self-signed certificate made at start (``--tls``), and a fast,
clear refusal of TLS handshakes that reach the plain port.

Clients that always use ``wss://`` (openai-node builds its Realtime URL that way) cannot
talk to a plain ``ws://`` server; without this they wait for a ServerHello until they time
out. The plain port now answers a ClientHello with a fatal TLS alert at once (the client
fails its handshake immediately) and logs what to do instead.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import tempfile
from dataclasses import dataclass

# A TLS record starts with content type 22 (handshake) and major version 3.
_HANDSHAKE = 0x16
# Fatal alert, handshake_failure (40), in a TLS 1.0 record (every client version parses it).
HANDSHAKE_FAILURE_ALERT = bytes([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28])

PLAIN_PORT_HINT = (
    "a TLS handshake (https:// or wss://) reached the fake server's plain HTTP port; "
    "use http:// and ws:// URLs, or start it with TLS (`realtime-ext serve-fake --tls`, "
    "FakeRealtimeServer(tls=True)) and trust the certificate it prints"
)


def is_client_hello(first: bytes) -> bool:
    """Whether the first byte a client sent opens a TLS handshake record.

    >>> is_client_hello(b"\\x16"), is_client_hello(b"G")
    (True, False)
    """
    return first[:1] == bytes([_HANDSHAKE])


@dataclass(frozen=True)
class Certificate:
    """A self-signed certificate for 127.0.0.1/localhost and its key, as PEM files."""

    cert_path: str
    key_path: str
    directory: str

    def server_context(self) -> ssl.SSLContext:
        """The server side :class:`ssl.SSLContext`."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_path, self.key_path)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A client :class:`ssl.SSLContext` that trusts only this certificate."""
        return ssl.create_default_context(cafile=self.cert_path)

    def remove(self) -> None:
        """Delete the files (the server does this when it stops)."""
        for path in (self.cert_path, self.key_path):
            if os.path.exists(path):
                os.remove(path)
        if os.path.isdir(self.directory):
            os.rmdir(self.directory)


def make_certificate(host: str = "127.0.0.1") -> Certificate:
    """Make a fresh self-signed certificate valid for ``host``, ``127.0.0.1`` and
    ``localhost`` (one day), written to a private temporary directory.

    Needs the ``cryptography`` package (``pip install 'realtime-ext[testing]'``).
    """
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:  # pragma: no cover - cryptography ships with the dev/testing extras
        raise RuntimeError(
            "TLS on the fake server needs the 'cryptography' package: "
            "pip install 'realtime-ext[testing]'"
        ) from None
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "realtime-ext fake server")])
    alt_names: list[x509.GeneralName] = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    ]
    try:
        if host not in ("127.0.0.1", "localhost"):
            alt_names.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        alt_names.append(x509.DNSName(host))
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        # A CA flag lets clients trust it as a root (NODE_EXTRA_CA_CERTS, cafile=...).
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    directory = tempfile.mkdtemp(prefix="realtime-ext-tls-")
    cert_path = os.path.join(directory, "cert.pem")
    key_path = os.path.join(directory, "key.pem")
    with open(cert_path, "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(os.open(key_path, os.O_WRONLY | os.O_CREAT, 0o600), "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    return Certificate(cert_path, key_path, directory)
