# 조각을 열 우선(위에서 아래로 먼저)으로 늘어놓는다
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    if H % patch != 0 or W % patch != 0:
        raise ValueError(f"H={H}, W={W}, patch={patch}")
    gh, gw = H // patch, W // patch
    x = images.reshape(B, C, gh, patch, gw, patch).permute(0, 4, 2, 1, 3, 5)
    return x.reshape(B, gh * gw, C * patch * patch)
