#!/bin/sh
# Installs Byline under a prefix, or removes it:
#
#   swift build -c release && scripts/install.sh [PREFIX]     # default PREFIX: /usr/local
#   scripts/install.sh --uninstall [PREFIX]
#
# Puts in PREFIX:
#   bin/byline                                   the program (.build/release/byline;
#                                                --debug for .build/debug, or $BYLINE_BIN)
#   share/byline/themes/*.toml                   the bundled themes
#   share/byline/seeds/                          the sample articles
#   share/man/man1/byline.1                      the manual (byline --generate-manual)
#   share/bash-completion/completions/byline     shell completions
#   share/zsh/site-functions/_byline
#   share/fish/vendor_completions.d/byline.fish
#   share/doc/byline/                            README, LICENSE, NOTICE, configuration.md,
#                                                keys.md, themes.md
# The binary finds its themes and samples from its own location (PREFIX/bin/../share/byline),
# so the prefix can be anywhere; it never looks in the current folder.
set -eu
cd "$(dirname "$0")/.."

uninstall=
config=release
prefix=/usr/local
for a in "$@"; do
    case "$a" in
        --uninstall) uninstall=1 ;;
        --debug) config=debug ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "install.sh: unknown option $a" >&2; exit 64 ;;
        *) prefix=$a ;;
    esac
done

share="$prefix/share"
files="bin/byline share/man/man1/byline.1 share/bash-completion/completions/byline
share/zsh/site-functions/_byline share/fish/vendor_completions.d/byline.fish"

if [ -n "$uninstall" ]; then
    for f in $files; do rm -f "$prefix/$f"; done
    rm -rf "$share/byline" "$share/doc/byline"
    echo "removed Byline from $prefix"
    exit 0
fi

bin=${BYLINE_BIN:-.build/$config/byline}
if [ ! -x "$bin" ]; then
    echo "install.sh: no $bin: build it first (swift build -c $config)" >&2
    exit 1
fi

install -d "$prefix/bin" "$share/byline/themes" "$share/byline/seeds" "$share/man/man1" \
    "$share/bash-completion/completions" "$share/zsh/site-functions" \
    "$share/fish/vendor_completions.d" "$share/doc/byline"
install -m 755 "$bin" "$prefix/bin/byline"
install -m 644 themes/*.toml "$share/byline/themes/"
install -m 644 seeds/*.txt seeds/SOURCE.md "$share/byline/seeds/"
install -m 644 README.md LICENSE NOTICE docs/configuration.md docs/keys.md "$share/doc/byline/"
install -m 644 themes/README.md "$share/doc/byline/themes.md"
"$bin" --generate-manual > "$share/man/man1/byline.1"
"$bin" --generate-completion-script bash > "$share/bash-completion/completions/byline"
"$bin" --generate-completion-script zsh > "$share/zsh/site-functions/_byline"
"$bin" --generate-completion-script fish > "$share/fish/vendor_completions.d/byline.fish"
echo "installed Byline in $prefix (run $prefix/bin/byline; man byline)"
