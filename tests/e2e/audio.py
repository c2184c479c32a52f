"""A private PulseAudio for the voice tests: a null sink, its monitor remapped as a virtual
microphone, and `paplay` to put a known tone into it (DESIGN.md §11).

The server runs in its own temporary folder (socket, state, cookie) and is stopped after
the tests; nothing of the machine's own sound setup is used or changed. As root, PulseAudio
warns that it is not meant for root without --system, but runs; --system is not wanted
(it would be the machine's server, not the test's).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

SINK = "testimony_sink"
MIC = "testimony_mic"
MIC_DESCRIPTION = "Testimony test microphone"


@dataclass
class VirtualMic:
    root: Path
    proc: subprocess.Popen[bytes] | None = None
    players: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def socket(self) -> Path:
        return self.root / "run" / "native"

    def env(self) -> dict[str, str]:
        """What a child process needs to reach this server and no other."""
        return {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_RUNTIME_PATH": str(self.root / "run"),
            "PULSE_STATE_PATH": str(self.root / "state"),
            "PULSE_COOKIE": str(self.root / "cookie"),
        }

    def start(self) -> None:
        for sub in ("run", "state", "home"):
            (self.root / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        config = self.root / "default.pa"
        config.write_text(
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.socket}\n"
            f"load-module module-null-sink {' '.join(self._sink_args())}\n"
            f"load-module module-remap-source {' '.join(self._mic_args())}\n"
            f"set-default-sink {SINK}\n"
            f"set-default-source {MIC}\n"
        )
        env = {
            **os.environ,
            **self.env(),
            "HOME": str(self.root / "home"),
            "XDG_RUNTIME_DIR": str(self.root / "run"),
        }
        self.proc = subprocess.Popen(
            [
                "pulseaudio",
                "-n",  # no default configuration: only ours
                "-F",
                str(config),
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "--log-level=error",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while not self._answers():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the test PulseAudio did not start")
            time.sleep(0.1)

    def _answers(self) -> bool:
        if not self.socket.exists():
            return False
        done = subprocess.run(
            ["pactl", "info"],
            env={**os.environ, **self.env()},
            capture_output=True,
            timeout=10,
            check=False,
        )
        return done.returncode == 0

    def _pactl(self, *args: str) -> str:
        done = subprocess.run(
            ["pactl", *args],
            env={**os.environ, **self.env()},
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        return done.stdout.strip()

    def unplug(self) -> None:
        """Take the microphone away with nothing to fall back to, as pulling out the only
        headset does (PulseAudio would move the recording to any other source left)."""
        modules = [
            line.split("\t")[:2] for line in self._pactl("list", "short", "modules").splitlines()
        ]
        for wanted in ("module-remap-source", "module-null-sink"):  # the mic before its sink
            for number, name in modules:
                if name == wanted:
                    self._pactl("unload-module", number)

    def plug_in(self) -> None:
        self._pactl("load-module", "module-null-sink", *self._sink_args())
        self._pactl("load-module", "module-remap-source", *self._mic_args())
        self._pactl("set-default-sink", SINK)
        self._pactl("set-default-source", MIC)

    @staticmethod
    def _sink_args() -> list[str]:
        return [f"sink_name={SINK}", "sink_properties=device.description=TestimonySpeaker"]

    @staticmethod
    def _mic_args() -> list[str]:
        return [
            f"source_name={MIC}",
            f"master={SINK}.monitor",
            "channels=1",
            "channel_map=mono",
            f"source_properties=\"device.description='{MIC_DESCRIPTION}'\"",
        ]

    def tone(self, seconds: float, hz: float = 440.0) -> Path:
        """A sine tone as a WAV file in the server's temporary folder (never the repo)."""
        path = self.root / f"tone-{hz:g}-{seconds:g}.wav"
        if not path.exists():
            subprocess.run(
                [
                    *("sox", "-n", "-r", "48000", "-c", "1", "-b", "16", str(path)),
                    *("synth", str(seconds), "sine", str(hz), "vol", "0.5"),
                ],
                check=True,
                capture_output=True,
                timeout=60,
            )
        return path

    def play(self, seconds: float, hz: float = 440.0) -> subprocess.Popen[bytes]:
        """Start playing a tone into the virtual microphone; returns at once."""
        player = subprocess.Popen(
            ["paplay", f"--device={SINK}", str(self.tone(seconds, hz))],
            env={**os.environ, **self.env()},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.players.append(player)
        return player

    def silence(self) -> None:
        for player in self.players:
            if player.poll() is None:
                player.kill()
                player.wait()
        self.players.clear()

    def stop(self) -> None:
        self.silence()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def have_pulseaudio() -> bool:
    return all(shutil.which(t) for t in ("pulseaudio", "pactl", "paplay", "sox"))
