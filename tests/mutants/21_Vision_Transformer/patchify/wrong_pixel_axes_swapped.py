# 조각 안의 행과 열 축을 바꿔 (c, j, i) 순서로 편다
def patchify(images: torch.Tensor, patch: int) -> torch.Tensor:
    B, C, H, W = images.shape
    if H % patch != 0 or W % patch != 0:
        raise ValueError(f"H={H}, W={W}, patch={patch}")
    gh, gw = H // patch, W // patch
    x = images.reshape(B, C, gh, patch, gw, patch).permute(0, 2, 4, 1, 5, 3)
    return x.reshape(B, gh * gw, C * patch * patch)
