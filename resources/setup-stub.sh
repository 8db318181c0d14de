#!/bin/sh
# A setup file made by rm-setup-builder (Restart Manager for Linux). Run it: ./this-file.run or
# sh this-file.run; --help lists its options. Everything after this script is binary data.
#
# Nothing is run from where this file lies: rm-setup-launcher is copied into a new 0700 folder
# in the user's Restart Manager store (never /tmp) and checked against its SHA-256, the
# libraries of the programs this run needs are checked, and rm-setup-launcher then checks the
# signed index, copies the other programs it needs (each checked) and does the rest.
# A folder that a killed setup left is removed by the next setup.
umask 077
me=$0
case $me in
/*) ;;
*) me=$(pwd)/$me ;;
esac

# name offset size sha256 (filled in by rm-setup-builder)
runtime_table='@RUNTIME@'
# program soname path Debian-package: every library each program loads, where the builder's
# machine has it and the package it came from (filled in by rm-setup-builder)
library_table='@LIBRARIES@'

say() { printf '%s\n' "$*" >&2; }

language=${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}
language=${language%%.*}
language=${language%%@*}
case $language in
pt_BR | zh_CN | zh_TW) ;;
zh_HK | zh_MO) language=zh_TW ;;
zh_*) language=zh_CN ;;
*) language=${language%%_*} ;;
esac

# The message for libraries that are missing: $1 the packages.
say_missing() {
    case $language in
    ar) say "يحتاج برنامج الإعداد إلى برامج غير مثبتة. ثبّتها بالأمر:" ;;
    cs) say "Instalátor potřebuje software, který není nainstalován. Nainstalujte jej příkazem:" ;;
    da) say "Installationsprogrammet kræver software, der ikke er installeret. Installér det med:" ;;
    de) say "Das Setup benötigt Software, die nicht installiert ist. Installieren Sie sie mit:" ;;
    es) say "El instalador necesita software que no está instalado. Instálelo con:" ;;
    fi) say "Asennusohjelma tarvitsee ohjelmistoja, joita ei ole asennettu. Asenna ne komennolla:" ;;
    fr) say "Le programme d'installation a besoin de logiciels qui ne sont pas installés. Installez-les avec :" ;;
    he) say "תוכנית ההתקנה זקוקה לתוכנה שאינה מותקנת. התקינו אותה באמצעות:" ;;
    hu) say "A telepítőnek olyan szoftverekre van szüksége, amelyek nincsenek telepítve. Telepítse őket ezzel:" ;;
    it) say "Il programma di installazione richiede software non installato. Installalo con:" ;;
    ja) say "セットアップに必要なソフトウェアがインストールされていません。次のコマンドでインストールしてください:" ;;
    ko) say "설치 프로그램에 필요한 소프트웨어가 설치되어 있지 않습니다. 다음 명령으로 설치하십시오:" ;;
    nl) say "Het installatieprogramma heeft software nodig die niet is geïnstalleerd. Installeer die met:" ;;
    pl) say "Instalator potrzebuje oprogramowania, które nie jest zainstalowane. Zainstaluj je poleceniem:" ;;
    pt_BR | pt) say "O instalador precisa de programas que não estão instalados. Instale-os com:" ;;
    ru) say "Программе установки нужны программы, которые не установлены. Установите их командой:" ;;
    sv) say "Installationsprogrammet behöver programvara som inte är installerad. Installera den med:" ;;
    tr) say "Kurulum programı, yüklü olmayan yazılımlara ihtiyaç duyuyor. Şu komutla yükleyin:" ;;
    uk) say "Програмі встановлення потрібне програмне забезпечення, яке не встановлено. Встановіть його командою:" ;;
    zh_CN) say "安装程序需要尚未安装的软件。请用以下命令安装：" ;;
    zh_TW) say "安裝程式需要尚未安裝的軟體。請用以下指令安裝：" ;;
    *) say "Setup needs software that is not installed. Install it with:" ;;
    esac
    say ""
    say "    sudo apt install $1"
    say ""
}

say_damaged() {
    case $language in
    ar) say "ملف الإعداد تالف ($1). نزّله مرة أخرى." ;;
    cs) say "Instalační soubor je poškozený ($1). Stáhněte jej znovu." ;;
    da) say "Installationsfilen er beskadiget ($1). Download den igen." ;;
    de) say "Die Setup-Datei ist beschädigt ($1). Laden Sie sie erneut herunter." ;;
    es) say "El archivo de instalación está dañado ($1). Descárguelo de nuevo." ;;
    fi) say "Asennustiedosto on vioittunut ($1). Lataa se uudelleen." ;;
    fr) say "Le fichier d'installation est endommagé ($1). Téléchargez-le à nouveau." ;;
    he) say "קובץ ההתקנה פגום ($1). הורידו אותו שוב." ;;
    hu) say "A telepítőfájl sérült ($1). Töltse le újra." ;;
    it) say "Il file di installazione è danneggiato ($1). Scaricalo di nuovo." ;;
    ja) say "セットアップ ファイルが破損しています ($1)。もう一度ダウンロードしてください。" ;;
    ko) say "설치 파일이 손상되었습니다($1). 다시 다운로드하십시오." ;;
    nl) say "Het installatiebestand is beschadigd ($1). Download het opnieuw." ;;
    pl) say "Plik instalacyjny jest uszkodzony ($1). Pobierz go ponownie." ;;
    pt_BR | pt) say "O arquivo de instalação está danificado ($1). Baixe-o novamente." ;;
    ru) say "Файл установки повреждён ($1). Загрузите его заново." ;;
    sv) say "Installationsfilen är skadad ($1). Ladda ned den igen." ;;
    tr) say "Kurulum dosyası bozuk ($1). Dosyayı yeniden indirin." ;;
    uk) say "Файл встановлення пошкоджено ($1). Завантажте його знову." ;;
    zh_CN) say "安装文件已损坏（$1）。请重新下载。" ;;
    zh_TW) say "安裝檔案已損毀（$1）。請重新下載。" ;;
    *) say "The setup file is damaged ($1). Download it again." ;;
    esac
}

# What this run needs: the launcher alone answers --verify, --info, --list, --extract and --help;
# --unattended needs no GUI libraries.
programs="rm-setup-launcher"
needs=wizard
for argument in "$@"; do
    case $argument in
    --verify | --info | --list | --extract | --extract=* | --help | -h) needs=launcher ;;
    --unattended) [ "$needs" = wizard ] && needs=unattended ;;
    esac
done
case $needs in
wizard) programs="$programs restartmanager-setup rm-secondary-installer rm-polite-close" ;;
unattended) programs="$programs restartmanager-setup-unattended rm-secondary-installer rm-polite-close" ;;
esac

# The user's store folder, as the Restart Manager finds it (README.md, "Sessions").
uid=$(id -u)
private_folder() {
    [ -d "$1" ] && [ ! -L "$1" ] && [ "$(stat -c '%u %a' -- "$1")" = "$uid 700" ]
}
if [ -n "${RESTARTMANAGER_STORE_DIR:-}" ]; then
    store=$RESTARTMANAGER_STORE_DIR
elif [ -n "${XDG_RUNTIME_DIR:-}" ] && private_folder "$XDG_RUNTIME_DIR"; then
    store=$XDG_RUNTIME_DIR/restartmanager
elif private_folder "/run/user/$uid"; then
    store=/run/user/$uid/restartmanager
elif [ "$uid" = 0 ]; then
    store=/run/restartmanager
else
    store=$(getent passwd "$uid" | cut -d: -f6)/.local/state/restartmanager
fi
mkdir -p -- "$store" 2>/dev/null
if ! private_folder "$store"; then
    say "setup: no private folder to run from ($store must be a folder of yours with mode 0700)"
    exit 67
fi
# Named as core/scratch_folder.h names its folders, so that the next setup removes it when this
# shell is gone.
stat_line=$(cat /proc/$$/stat)
start_ticks=$(printf '%s\n' "${stat_line##*) }" | cut -d' ' -f20)
random=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
dir=$store/scratch-runtime-$$-$start_ticks-$random
mkdir -m 0700 -- "$dir" || exit 67
trap 'rm -rf -- "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Copies the programs named in $1 (rm-setup-launcher copies the others it needs itself, each
# checked against the signed index as it copies it).
copy_programs() {
    printf '%s\n' "$runtime_table" | while read -r name offset size sha; do
        [ -n "$name" ] || continue
        case " $1 " in
        *" $name "*) ;;
        *) continue ;;
        esac
        [ -e "$dir/$name" ] && continue
        dd if="$me" of="$dir/$name" bs=1M iflag=skip_bytes,count_bytes skip="$offset" \
            count="$size" status=none 2>/dev/null
        chmod 0700 "$dir/$name"
    done
}
copy_programs rm-setup-launcher
# The launcher is checked here; it checks the others against the signed index.
damaged=
for name in rm-setup-launcher; do
    sha=$(printf '%s\n' "$runtime_table" | while read -r n o s h; do [ "$n" = "$name" ] && echo "$h"; done)
    if ! printf '%s  %s\n' "$sha" "$dir/$name" | sha256sum -c --status 2>/dev/null; then
        damaged=$name
    fi
done
if [ -n "$damaged" ]; then
    say_damaged "$damaged"
    exit 84 # 1620 (ERROR_INSTALL_PACKAGE_INVALID) modulo 256
fi

# The libraries: when each one the programs load is where the builder's machine had it (a file
# that is not empty), nothing is asked; otherwise the dynamic loader is asked, before it can fail
# with its own message.
elsewhere=$(printf '%s\n' "$library_table" | while read -r program soname path package; do
    case " $programs " in
    *" $program "*) [ -s "$path" ] || echo "$soname" ;;
    esac
done)
missing=
[ -z "$elsewhere" ] || copy_programs "$programs"
[ -z "$elsewhere" ] || for program in $programs; do
    listing=$(LD_TRACE_LOADED_OBJECTS=1 "$dir/$program" 2>&1)
    missing="$missing $(printf '%s\n' "$listing" | sed -n \
        -e 's/^[[:space:]]*\([^[:space:]]*\) => not found.*/\1/p' \
        -e 's/.*error while loading shared libraries: \([^:]*\):.*/\1/p')"
done
if [ -n "$(printf '%s' "$missing" | tr -d ' ')" ]; then
    packages=
    for library in $missing; do
        library=${library##*/}
        package=$(printf '%s\n' "$library_table" | while read -r program soname path debian; do
            [ "$soname" = "$library" ] && [ "$debian" != - ] && echo "$debian" && break; done)
        [ -n "$package" ] || package=$library
        case " $packages " in
        *" $package "*) ;;
        *) packages="${packages:+$packages }$package" ;;
        esac
    done
    say_missing "$packages"
    exit 67 # 1603 (ERROR_INSTALL_FAILURE) modulo 256
fi

# In the background so that SIGTERM, SIGINT and SIGHUP reach it at once (setup then cancels and
# rolls back), with this shell's standard input.
exec 3<&0
"$dir/rm-setup-launcher" --setup-file "$me" --runtime-dir "$dir" "$@" <&3 3<&- &
child=$!
exec 3<&-
trap 'kill -TERM $child 2>/dev/null' TERM HUP
trap 'kill -INT $child 2>/dev/null' INT
status=0
while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
done
exit $status
